import { setupServer } from 'msw/node';
import { reportHandlers } from './handlers/reports';

export const server = setupServer(...reportHandlers);
