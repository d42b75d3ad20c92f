#!/usr/bin/env node
// validate.js - checks SARIF logs written by `drvls lint --format sarif`.
//
// Usage: node validate.js FILE...   ("-" reads standard input)
// Each file is validated against the SARIF 2.1.0 JSON schema (the rtm.5 schema shipped in the
// @microsoft/jest-sarif package, a draft-04 schema, hence ajv-draft-04), then against the
// consistency rules of the SARIF specification that a schema cannot express (ruleIndex agrees with
// ruleId, rule ids are unique, relatedLocation ids are unique, regions are ordered) and the
// conventions drvls keeps for consumers such as code scanning (every uriBaseId used is defined in
// originalUriBaseIds, a relative uri always has a uriBaseId).
// Exit status: 0 when every file is valid, 1 when one is not, 2 on a usage error or unreadable file.
'use strict';

const fs = require('fs');
const path = require('path');
const Ajv = require('ajv-draft-04');
const addFormats = require('ajv-formats');

const SCHEMA_FILE = path.join(
    path.dirname(require.resolve('@microsoft/jest-sarif/package.json')),
    'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');

function loadValidator() {
    const schema = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8'));
    // unicodeRegExp: false because the schema's "language" pattern has a stray "]" that only a
    // non-Unicode regular expression accepts (as the draft-04 validators of its time did).
    const ajv = new Ajv({allErrors: true, strict: false, unicodeRegExp: false});
    addFormats(ajv);
    return ajv.compile(schema);
}

function describeSchemaError(e) {
    const where = e.instancePath || '(root)';
    let what = e.message;
    if (e.keyword === 'additionalProperties')
        what += `: "${e.params.additionalProperty}"`;
    else if (e.keyword === 'enum')
        what += `: ${JSON.stringify(e.params.allowedValues)}`;
    return `${where}: ${what}`;
}

// Checks beyond the schema (see the top of the file). Returns a list of messages.
function checkConsistency(log) {
    const problems = [];
    (log.runs || []).forEach((run, r) => {
        const rules = (run.tool && run.tool.driver && run.tool.driver.rules) || [];
        const bases = run.originalUriBaseIds || {};
        const artifacts = run.artifacts || [];
        const seenRuleIds = new Set();
        rules.forEach((rule, i) => {
            if (seenRuleIds.has(rule.id))
                problems.push(`/runs/${r}/tool/driver/rules/${i}: duplicate rule id "${rule.id}"`);
            seenRuleIds.add(rule.id);
        });
        const checkArtifact = (loc, where) => {
            if (!loc)
                return;
            if (loc.uriBaseId !== undefined && !(loc.uriBaseId in bases))
                problems.push(`${where}: uriBaseId "${loc.uriBaseId}" is not in originalUriBaseIds`);
            if (loc.index !== undefined && (loc.index < 0 || loc.index >= artifacts.length))
                problems.push(`${where}: artifact index ${loc.index} out of range`);
            if (loc.uriBaseId === undefined && loc.uri !== undefined && !/^[a-z][a-z0-9+.-]*:/i.test(loc.uri))
                problems.push(`${where}: relative uri "${loc.uri}" without a uriBaseId`);
        };
        const checkRegion = (reg, where) => {
            if (!reg)
                return;
            const sl = reg.startLine, el = reg.endLine === undefined ? sl : reg.endLine;
            if (sl !== undefined && el < sl)
                problems.push(`${where}: endLine ${el} before startLine ${sl}`);
            if (sl !== undefined && el === sl && reg.startColumn !== undefined &&
                reg.endColumn !== undefined && reg.endColumn < reg.startColumn)
                problems.push(`${where}: endColumn before startColumn`);
        };
        const checkLocation = (loc, where) => {
            const phys = loc && loc.physicalLocation;
            if (!phys)
                return;
            checkArtifact(phys.artifactLocation, `${where}/physicalLocation/artifactLocation`);
            checkRegion(phys.region, `${where}/physicalLocation/region`);
        };
        Object.keys(bases).forEach((k) => {
            const uri = bases[k].uri;
            if (uri !== undefined && !uri.endsWith('/'))
                problems.push(`/runs/${r}/originalUriBaseIds/${k}: uri must end with "/"`);
        });
        artifacts.forEach((a, i) => checkArtifact(a.location, `/runs/${r}/artifacts/${i}/location`));
        (run.results || []).forEach((res, i) => {
            const where = `/runs/${r}/results/${i}`;
            if (res.ruleIndex !== undefined) {
                const rule = rules[res.ruleIndex];
                if (!rule)
                    problems.push(`${where}: ruleIndex ${res.ruleIndex} out of range`);
                else if (res.ruleId !== undefined && rule.id !== res.ruleId)
                    problems.push(`${where}: ruleId "${res.ruleId}" but rules[${res.ruleIndex}] is "${rule.id}"`);
            }
            if (res.ruleId === undefined && !(res.rule && res.rule.id))
                problems.push(`${where}: no ruleId`);
            (res.locations || []).forEach((l, j) => checkLocation(l, `${where}/locations/${j}`));
            const ids = new Set();
            (res.relatedLocations || []).forEach((l, j) => {
                checkLocation(l, `${where}/relatedLocations/${j}`);
                if (l.id !== undefined) {
                    if (ids.has(l.id))
                        problems.push(`${where}/relatedLocations/${j}: duplicate id ${l.id}`);
                    ids.add(l.id);
                }
            });
            (res.codeFlows || []).forEach((cf, c) => {
                (cf.threadFlows || []).forEach((tf, t) => {
                    (tf.locations || []).forEach((tl, k) => checkLocation(
                        tl.location, `${where}/codeFlows/${c}/threadFlows/${t}/locations/${k}/location`));
                });
            });
        });
    });
    return problems;
}

function readInput(file) {
    return file === '-' ? fs.readFileSync(0, 'utf8') : fs.readFileSync(file, 'utf8');
}

function main(argv) {
    if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
        process.stderr.write('usage: node validate.js FILE...   (- for standard input)\n');
        return argv.length === 0 ? 2 : 0;
    }
    const validate = loadValidator();
    let status = 0;
    for (const file of argv) {
        let log;
        try {
            log = JSON.parse(readInput(file));
        } catch (err) {
            process.stderr.write(`${file}: cannot read or parse: ${err.message}\n`);
            status = Math.max(status, 2);
            continue;
        }
        const problems = [];
        if (!validate(log))
            problems.push(...validate.errors.map(describeSchemaError));
        problems.push(...checkConsistency(log));
        if (problems.length) {
            process.stderr.write(`${file}: not valid SARIF 2.1.0 (${problems.length} problems)\n`);
            for (const p of problems.slice(0, 50))
                process.stderr.write(`  ${p}\n`);
            if (problems.length > 50)
                process.stderr.write(`  ... and ${problems.length - 50} more\n`);
            status = Math.max(status, 1);
        } else {
            const results = (log.runs || []).reduce((n, run) => n + (run.results || []).length, 0);
            process.stdout.write(`${file}: valid SARIF 2.1.0 (${results} results)\n`);
        }
    }
    return status;
}

process.exitCode = main(process.argv.slice(2));
