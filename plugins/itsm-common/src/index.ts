/**
 * Types, permissions, workflow tables and the typed API client shared by the
 * ITSM frontend and backend plugins.
 *
 * @packageDocumentation
 */
export * from './recordTypes';
export * from './priorities';
export * from './permissions';
export * from './types';
export * from './client';
export * from './workflow';
export * from './incident';
export * from './cmdb';
export * from './change';
export * from './release';
export * from './risk';
export * from './approval';
export * from './sla';
export * from './problem';
export * from './search';
export * from './time';
export * from './entityRefName';
export * from './continuity';
export * from './improvement';
