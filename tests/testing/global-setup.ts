import type { TestProject } from 'vitest/node';
import { compileRealDataset } from './real-dataset';

/** Compiles the real dataset once for every component test file, instead of once per file. */
export default function setup(project: TestProject) {
  const { dir, remove } = compileRealDataset();
  project.provide('realDatasetDir', dir);
  return remove;
}
