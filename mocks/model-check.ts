import { expect } from 'vitest';
import model from './model/service-2.json';

interface Shape {
  type: string;
  members?: Record<string, { shape: string }>;
  member?: { shape: string };
  value?: { shape: string };
  enum?: string[];
}
const shapes = model.shapes as unknown as Record<string, Shape>;

/** Problems where a value does not fit a model shape: unknown members, wrong types, bad enums. */
export function shapeProblems(shapeName: string, value: unknown, path = shapeName): string[] {
  const shape = shapes[shapeName];
  if (value === undefined || value === null) return [];
  if (!shape) throw new Error(`No shape ${shapeName} in service-2.json`);
  switch (shape.type) {
    case 'structure': {
      if (typeof value !== 'object') return [`${path}: expected an object`];
      return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => {
        if (k === '$metadata') return [];
        const m = shape.members?.[k];
        return m ? shapeProblems(m.shape, v, `${path}.${k}`) : [`${path}.${k}: not a member of ${shapeName}`];
      });
    }
    case 'list':
      return Array.isArray(value) ? value.flatMap((v, i) => shapeProblems(shape.member!.shape, v, `${path}[${i}]`)) : [`${path}: expected a list`];
    case 'map':
      return typeof value === 'object' ? Object.entries(value as object).flatMap(([k, v]) => shapeProblems(shape.value!.shape, v, `${path}.${k}`)) : [`${path}: expected a map`];
    case 'string':
      if (typeof value !== 'string') return [`${path}: expected a string`];
      return shape.enum && !shape.enum.includes(value) ? [`${path}: ${value} is not one of ${shape.enum.join(', ')}`] : [];
    case 'integer':
    case 'long':
      return Number.isInteger(value) ? [] : [`${path}: expected an integer`];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${path}: expected a boolean`];
    case 'timestamp':
      return value instanceof Date || typeof value === 'number' ? [] : [`${path}: expected a timestamp`];
    default:
      return [];
  }
}

/** Asserts a response carries only members the model defines, with the modelled types. */
export function expectModelled(shapeName: string, value: unknown): void {
  expect(shapeProblems(shapeName, value)).toEqual([]);
}

/** The output shape of an operation in the model. */
export function outputShape(operation: string): string | undefined {
  return (model.operations as Record<string, { output?: { shape: string } }>)[operation]?.output?.shape;
}
