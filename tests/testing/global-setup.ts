import type { TestProject } from 'vitest/node';
import { compileRealDataset } from './real-dataset';

/** Bundles the prebuild CLI and compiles the real dataset once for every test file, instead of once per file. */
export default function setup(project: TestProject) {
  const { dir, cli, remove } = compileRealDataset();
  project.provide('realDatasetDir', dir);
  project.provide('prebuildCli', cli);
  return remove;
}
