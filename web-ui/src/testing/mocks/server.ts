import { setupServer } from 'msw/node';
import { adminHandlers } from './handlers/admin';
import { channelHandlers } from './handlers/channels';
import { personalDataHandlers } from './handlers/personal-data';
import { publicReportHandlers } from './handlers/public-report';
import { reportHandlers } from './handlers/reports';
import { statsHandlers } from './handlers/stats';
import { workspaceHandlers } from './handlers/workspace';

export const server = setupServer(...reportHandlers, ...workspaceHandlers, ...adminHandlers, ...statsHandlers, ...channelHandlers, ...personalDataHandlers, ...publicReportHandlers);
