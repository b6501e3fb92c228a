// `jianbao schema`: prints the issue file's JSON Schema (the same as schema/issue.schema.json).
import { issueJsonSchemaText } from '../../schema/json-schema';
import { EXIT, type CliIO } from '../../io/io';

export function schemaCommand(io: CliIO): number {
  io.stdout(issueJsonSchemaText());
  return EXIT.ok;
}
