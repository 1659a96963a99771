import type { Module } from '../../src/model/module.js';
import type { Program } from '../../src/model/program.js';

/** A program from modules, with defaults a parse would fill in. */
export function programOf(modules: Module[], extra: Partial<Program> = {}): Program {
  return { kind: 'program', id: 'kurs', title: 'Kurs', language: 'de', unit: 'UE', modules, ...extra };
}

/** n modules of `hours` UE each, each requiring the one before. */
export function chain(n: number, hours: number | string = 8): Program {
  return programOf(
    Array.from({ length: n }, (_, i) => ({
      id: `m${i + 1}`,
      title: `Modul ${i + 1}`,
      hours,
      ...(i > 0 ? { requires: [`m${i}`] } : {}),
    })),
  );
}
