import { setupServer } from 'msw/node';
import { adminHandlers } from './handlers/admin';
import { reportHandlers } from './handlers/reports';

export const server = setupServer(...reportHandlers, ...adminHandlers);
