/** Types of static.mjs for TypeScript importers. Keep in step with that file. */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A request target as path segments under the served folder, or the status to answer with. */
export declare function resolveRequestPath(target: string | undefined): { status: 400 | 404 } | { status: 200; segments: string[] };
/** Whether an Accept-Encoding value allows gzip. */
export declare function acceptsGzip(header: string | string[] | undefined): boolean;
/** The static-file handler for a real folder path (`target` defaults to the request's URL). */
export declare function createStaticHandler(root: string): (req: IncomingMessage, res: ServerResponse, target?: string) => Promise<void>;
