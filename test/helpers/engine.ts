/**
 * Runs the built ChatWoot node through n8n-core's real engine, the way a workflow run in n8n
 * does, without a server. The harness itself is dev/engine/ (shared with the bench); this file
 * keeps the names the tests import.
 */
export {
	NODE_TYPE,
	chatWootNode,
	chatWootCredential,
	credentialDataOf,
	TestCredentialsHelper,
	additionalDataFor,
	runNode,
	evaluateExpression,
} from '../../dev/engine/chatwoot';
export type { TestCredential, RunOptions, RunResult } from '../../dev/engine/chatwoot';
export { NodeTypes as TestNodeTypes } from '../../dev/engine';
