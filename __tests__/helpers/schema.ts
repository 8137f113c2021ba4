import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'

/** Validates against the JSON Schema file shipped in schema/, not against the zod schema it came from. */
export function shippedValidator(file: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: false })
  return ajv.compile(JSON.parse(readFileSync(file, 'utf8')))
}
