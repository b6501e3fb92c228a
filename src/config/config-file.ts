// The schema of jianbao.config.yaml, with the output format names the renderer registry knows.
import { z } from 'zod';
import { FORMAT_NAMES } from '../render/registry';
import { configFileSchema } from '../schema/issue-schema';

export const ConfigFile = configFileSchema(z.enum(FORMAT_NAMES));
export type ConfigFileData = z.infer<typeof ConfigFile>;
