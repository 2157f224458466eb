/**
 * Lints what ships (nodes/, credentials/, package.json) with n8n's community-node rules:
 * eslint-plugin-n8n-nodes-base (the rules n8n's own nodes follow) and the rules of
 * @n8n/eslint-plugin-community-nodes that n8n's verification runs. No rule that n8n's scanner
 * (@n8n/scan-community-package, run by `npm run scan`) enforces is switched off here; the
 * two 'off' rules below are off in the scanner too.
 * ESLint 9 reads this file with ESLINT_USE_FLAT_CONFIG=false (see package.json "lint").
 */
module.exports = {
	root: true,
	env: { node: true, es2022: true },
	parser: '@typescript-eslint/parser',
	parserOptions: {
		project: ['./tsconfig.json'],
		sourceType: 'module',
		extraFileExtensions: ['.json'],
	},
	ignorePatterns: ['dist/**', 'node_modules/**', 'test/**', 'scripts/**', 'bench/**', '*.js'],
	overrides: [
		{
			files: ['package.json'],
			plugins: ['eslint-plugin-n8n-nodes-base'],
			extends: ['plugin:n8n-nodes-base/community'],
			parserOptions: { project: null },
		},
		{
			files: ['./credentials/**/*.ts'],
			plugins: ['eslint-plugin-n8n-nodes-base', '@n8n/community-nodes'],
			extends: ['plugin:n8n-nodes-base/credentials'],
			rules: {
				'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
				'@n8n/community-nodes/credential-password-field': 'error',
				'@n8n/community-nodes/credential-test-required': 'error',
				'@n8n/community-nodes/no-hardcoded-secrets': 'error',
				'@n8n/community-nodes/cred-class-field-icon-missing': 'error',
			},
		},
		{
			files: ['./nodes/**/*.ts'],
			plugins: ['eslint-plugin-n8n-nodes-base', '@n8n/community-nodes'],
			extends: ['plugin:n8n-nodes-base/nodes'],
			rules: {
				// Superseded by @n8n/community-nodes/node-connection-type-literal (NodeConnectionTypes).
				'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
				'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
				'@n8n/community-nodes/no-restricted-globals': 'error',
				'@n8n/community-nodes/no-restricted-imports': 'error',
				'@n8n/community-nodes/no-deprecated-workflow-functions': 'error',
				'@n8n/community-nodes/node-usable-as-tool': 'error',
				'@n8n/community-nodes/no-dangerous-functions': 'error',
				'@n8n/community-nodes/no-http-request-with-manual-auth': 'error',
				'@n8n/community-nodes/no-silent-error-swallowing': 'error',
				'@n8n/community-nodes/icon-validation': 'error',
				'@n8n/community-nodes/node-connection-type-literal': 'error',
				'@n8n/community-nodes/require-node-api-error': 'error',
				'@n8n/community-nodes/valid-credential-references': 'error',
				'@n8n/community-nodes/webhook-lifecycle-complete': 'error',
			},
		},
	],
};
