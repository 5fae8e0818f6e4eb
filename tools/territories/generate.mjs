#!/usr/bin/env node
// Generates the French territory reference data used by Bdis to derive a
// record's department and region from its postcode or INSEE commune code.
//
// Inputs  (pinned in package.json / package-lock.json):
//   - @etalab/decoupage-administratif : regions, departments, communes (INSEE COG)
//   - codes-postaux                   : postcode <-> INSEE commune code pairs
// Outputs (relative to the repository root):
//   - data/territories/regions.csv      code;name
//   - data/territories/departments.csv  code;name;region
//   - data/territories/communes.csv     insee;name;department;region;postcodes;population
//
// Usage: cd tools/territories && npm ci && node generate.mjs
// The output is deterministic: re-running it yields byte-identical files.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const here = dirname(fileURLToPath(import.meta.url))
const outDir = resolve(here, '..', '..', 'data', 'territories')

function fail (message) {
  console.error(`generate.mjs: ERROR: ${message}`)
  process.exit(1)
}

function readJson (specifier) {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8'))
}

function pkgVersion (name) {
  return readJson(`${name}/package.json`).version
}

// Plain code-point comparison: locale-independent, hence deterministic.
const byCode = (a, b) => (a < b ? -1 : a > b ? 1 : 0)

// ---------------------------------------------------------------- load data
const regionsRaw = readJson('@etalab/decoupage-administratif/data/regions.json')
const departmentsRaw = readJson('@etalab/decoupage-administratif/data/departements.json')
const communesRaw = readJson('@etalab/decoupage-administratif/data/communes.json')
const postcodePairs = readJson('codes-postaux/codes-postaux.json')

console.log(`@etalab/decoupage-administratif ${pkgVersion('@etalab/decoupage-administratif')}, codes-postaux ${pkgVersion('codes-postaux')}`)

// Metropolitan France + the five DROM (zone "metro" or "drom"); the overseas
// collectivities (zone "com": 975, 977, 978, 98x) are out of scope.
const inScope = x => x.zone === 'metro' || x.zone === 'drom'

// ------------------------------------------------------------------ regions
const regions = regionsRaw
  .filter(inScope)
  .map(r => ({ code: r.code, name: r.nom }))
  .sort((a, b) => byCode(a.code, b.code))
const regionCodes = new Set(regions.map(r => r.code))

// -------------------------------------------------------------- departments
const departments = departmentsRaw
  .filter(inScope)
  .map(d => ({ code: d.code, name: d.nom, region: d.region }))
  .sort((a, b) => byCode(a.code, b.code))
const departmentByCode = new Map(departments.map(d => [d.code, d]))

// ----------------------------------------------------------------- communes
// Current communes plus the Paris/Lyon/Marseille arrondissements municipaux.
const communes = new Map() // insee -> { insee, name, department, region, postcodes:Set }
const communeParent = new Map() // arrondissement insee -> parent commune insee

for (const c of communesRaw) {
  if (c.type !== 'commune-actuelle') continue
  if (!departmentByCode.has(c.departement)) continue
  if (communes.has(c.code)) fail(`duplicate commune-actuelle ${c.code}`)
  communes.set(c.code, {
    insee: c.code,
    name: c.nom,
    department: c.departement,
    region: c.region,
    postcodes: new Set(c.codesPostaux || []),
    population: c.population || 0
  })
}

for (const c of communesRaw) {
  if (c.type !== 'arrondissement-municipal') continue
  const parent = communes.get(c.commune)
  if (!parent) fail(`arrondissement ${c.code} has unknown parent commune ${c.commune}`)
  if (communes.has(c.code)) fail(`arrondissement code ${c.code} collides with a commune`)
  communeParent.set(c.code, parent.insee)
  communes.set(c.code, {
    insee: c.code,
    name: c.nom,
    department: parent.department, // department/region are the parent's
    region: parent.region,
    postcodes: new Set(c.codesPostaux || []),
    population: c.population || 0
  })
}

// Redirections for codes that are not themselves in `communes`:
// communes déléguées/associées -> their commune nouvelle (chefLieu),
// and former codes (anciensCodes) -> the current commune.
const redirect = new Map()
for (const c of communesRaw) {
  if ((c.type === 'commune-deleguee' || c.type === 'commune-associee') && !communes.has(c.code) && c.chefLieu) {
    redirect.set(c.code, { target: c.chefLieu, why: c.type })
  }
}
for (const c of communesRaw) {
  if (c.type !== 'commune-actuelle') continue
  for (const old of c.anciensCodes || []) {
    if (!communes.has(old) && !redirect.has(old)) redirect.set(old, { target: c.code, why: 'ancien-code' })
  }
}

// Merge codes-postaux pairs.
const stats = { direct: 0, redirected: 0, outOfScope: 0, unresolved: [] }
for (const p of postcodePairs) {
  let target = communes.get(p.codeCommune)
  let via = null
  if (!target && redirect.has(p.codeCommune)) {
    via = redirect.get(p.codeCommune)
    target = communes.get(via.target)
  }
  if (!target) {
    const dep = p.codeCommune.startsWith('97') ? p.codeCommune.slice(0, 3) : p.codeCommune.slice(0, 2)
    if (!departmentByCode.has(dep)) { stats.outOfScope++; continue }
    stats.unresolved.push(`${p.codePostal} -> ${p.codeCommune} ${p.nomCommune}`)
    continue
  }
  if (!target.postcodes.has(p.codePostal)) {
    target.postcodes.add(p.codePostal)
    if (via) stats.redirected++; else stats.direct++
  }
}

// --------------------------------------------------------------- validation
const problems = []
const checkField = (file, field, value) => {
  if (typeof value !== 'string' || value === '') problems.push(`${file}: empty ${field}`)
  else if (/[;"\r\n\t]/.test(value)) problems.push(`${file}: ${field} contains a forbidden character (; " CR LF TAB): ${JSON.stringify(value)}`)
  else if (value !== value.trim()) problems.push(`${file}: ${field} has leading/trailing spaces: ${JSON.stringify(value)}`)
}

for (const r of regions) { checkField('regions', 'code', r.code); checkField('regions', 'name', r.name) }
for (const d of departments) {
  checkField('departments', 'code', d.code); checkField('departments', 'name', d.name); checkField('departments', 'region', d.region)
  if (!regionCodes.has(d.region)) problems.push(`department ${d.code} has unknown region ${d.region}`)
}
for (const c of communes.values()) {
  checkField('communes', 'insee', c.insee); checkField('communes', 'name', c.name)
  if (!/^[0-9][0-9AB][0-9]{3}$/.test(c.insee)) problems.push(`commune ${c.insee}: malformed INSEE code`)
  const dep = departmentByCode.get(c.department)
  if (!dep) problems.push(`commune ${c.insee} has unknown department ${c.department}`)
  else if (dep.region !== c.region) problems.push(`commune ${c.insee}: region ${c.region} != region ${dep.region} of department ${c.department}`)
  if (!regionCodes.has(c.region)) problems.push(`commune ${c.insee} has unknown region ${c.region}`)
  for (const pc of c.postcodes) if (!/^[0-9]{5}$/.test(pc)) problems.push(`commune ${c.insee}: malformed postcode ${JSON.stringify(pc)}`)
}

if (regions.length !== 18) problems.push(`expected 18 regions, got ${regions.length}`)
if (departments.length !== 101) problems.push(`expected 101 departments, got ${departments.length}`)
for (const code of ['2A', '2B', '971', '972', '973', '974', '976']) {
  if (!departmentByCode.has(code)) problems.push(`department ${code} missing`)
}
for (const code of ['01', '02', '03', '04', '06']) {
  if (!regionCodes.has(code)) problems.push(`region ${code} missing`)
}
if (communes.size <= 34000) problems.push(`expected > 34,000 communes, got ${communes.size}`)
const arrondissements = [...communes.keys()].filter(k => communeParent.has(k))
if (arrondissements.length !== 45) problems.push(`expected 45 arrondissements municipaux, got ${arrondissements.length}`)

// Postcode index for spot checks.
const byPostcode = new Map()
for (const c of communes.values()) {
  for (const pc of c.postcodes) {
    if (!byPostcode.has(pc)) byPostcode.set(pc, [])
    byPostcode.get(pc).push(c)
  }
}
const spotChecks = [
  { postcode: '13100', insee: '13001', name: 'Aix-en-Provence', department: '13' },
  { postcode: '20000', insee: '2A004', name: 'Ajaccio', department: '2A' },
  { postcode: '20200', insee: '2B033', name: 'Bastia', department: '2B' },
  { postcode: '97400', insee: '97411', name: 'Saint-Denis', department: '974' },
  { postcode: '75001', insee: '75101', name: 'Paris 1er Arrondissement', department: '75' },
  { postcode: '69001', insee: '69381', name: 'Lyon 1er Arrondissement', department: '69' }
]
for (const s of spotChecks) {
  const hit = (byPostcode.get(s.postcode) || []).find(c => c.insee === s.insee)
  if (!hit) problems.push(`postcode ${s.postcode} does not map to ${s.insee}`)
  else if (hit.name !== s.name || hit.department !== s.department) {
    problems.push(`postcode ${s.postcode} -> ${hit.insee} ${hit.name} (${hit.department}), expected ${s.name} (${s.department})`)
  } else {
    console.log(`check ok: ${s.postcode} -> ${hit.insee} ${hit.name}, department ${hit.department}, region ${hit.region}`)
  }
}

if (stats.unresolved.length > 0) {
  problems.push(`codes-postaux pairs whose commune could not be resolved (postcode would be lost):\n  ${stats.unresolved.join('\n  ')}`)
}

if (problems.length > 0) fail(`${problems.length} problem(s):\n- ${problems.join('\n- ')}`)

// ------------------------------------------------------------------- output
function writeCsv (name, header, rows) {
  const text = [header.join(';'), ...rows.map(r => r.join(';'))].join('\n') + '\n'
  writeFileSync(resolve(outDir, name), text, { encoding: 'utf8' })
  console.log(`wrote data/territories/${name}: ${rows.length} rows, ${Buffer.byteLength(text)} bytes`)
}

mkdirSync(outDir, { recursive: true })
writeCsv('regions.csv', ['code', 'name'], regions.map(r => [r.code, r.name]))
writeCsv('departments.csv', ['code', 'name', 'region'], departments.map(d => [d.code, d.name, d.region]))
writeCsv(
  'communes.csv',
  ['insee', 'name', 'department', 'region', 'postcodes', 'population'],
  [...communes.values()]
    .sort((a, b) => byCode(a.insee, b.insee))
    .map(c => [c.insee, c.name, c.department, c.region, [...c.postcodes].sort(byCode).join(' '), String(c.population)])
)

const noPostcode = [...communes.values()].filter(c => c.postcodes.size === 0).map(c => c.insee)
console.log(`communes: ${communes.size} (of which ${arrondissements.length} arrondissements municipaux), distinct postcodes: ${byPostcode.size}`)
console.log(`codes-postaux merge: +${stats.direct} postcode(s) added directly, +${stats.redirected} via délégué/associé/former codes, ${stats.outOfScope} pair(s) outside scope skipped`)
if (noPostcode.length > 0) console.log(`warning: ${noPostcode.length} commune(s) without postcode: ${noPostcode.join(' ')}`)
console.log('all checks passed')
