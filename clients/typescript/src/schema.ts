// Generated from openapi.json by scripts/generate.mjs (openapi-typescript). Do not edit.

export interface paths {
    "/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of accounts
         * @description Returns a paginated list of accounts for the organization.
         *
         *     **Rate limit:** 60 requests per minute
         */
        get: operations["GetAccounts"];
        put?: never;
        /**
         * Create a new account
         * @description Creates a new account with the specified name and optional metadata.
         *
         *     **Rate limit:** 60 requests per minute
         */
        post: operations["CreateAccount"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update multiple accounts
         * @description Updates multiple accounts in a single request. Only provided fields are modified.
         *
         *     **Rate limit:** 20 requests per minute
         */
        patch: operations["UpdateAccounts"];
        trace?: never;
    };
    "/accounts/{account_id}/highlights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an account highlight
         * @description Creates a new highlight on an account.
         *
         *     **Rate limit:** 10 requests per minute
         */
        post: operations["CreateAccountHighlight"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/highlights/{highlight_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete an account highlight
         * @description Permanently deletes an account highlight by ID.
         *
         *     **Rate limit:** 20 requests per minute
         */
        delete: operations["DeleteAccountHighlight"];
        options?: never;
        head?: never;
        /**
         * Update an account highlight
         * @description Updates an existing account highlight. Only provided fields are modified.
         *
         *     **Rate limit:** 20 requests per minute
         */
        patch: operations["UpdateAccountHighlight"];
        trace?: never;
    };
    "/accounts/{account_id}/relationship": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an account relationship
         * @description Creates a parent or partner relationship for the account in the URL.
         *
         *     **Rate limit:** 20 requests per minute
         */
        post: operations["CreateAccountRelationship"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/relationships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get account relationships
         * @description Returns the parent-child and partner-client relationships where the account is the child or client.
         *
         *     **Rate limit:** 60 requests per minute
         */
        get: operations["GetAccountRelationships"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{account_id}/relationships/{relationship_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete an account relationship
         * @description Deletes an account relationship by ID.
         *
         *     **Rate limit:** 20 requests per minute
         */
        delete: operations["DeleteAccountRelationship"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an account by its ID or external ID
         * @description Returns a single account by ID or external ID.
         *
         *     **Rate limit:** 60 requests per minute
         */
        get: operations["GetAccount"];
        put?: never;
        post?: never;
        /**
         * Delete an existing account
         * @description Permanently deletes an account by ID or external ID.
         *
         *     **Rate limit:** 10 requests per minute
         */
        delete: operations["DeleteAccount"];
        options?: never;
        head?: never;
        /**
         * Update an existing account
         * @description Updates an existing account by ID or external ID. Only provided fields are modified.
         *
         *     **Rate limit:** 60 requests per minute
         */
        patch: operations["UpdateAccount"];
        trace?: never;
    };
    "/accounts/{id}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a new activity for an account
         * @description The {id} parameter accepts either:
         *
         *     Internal account ID (UUID format)
         *
         *     External ID (any string format)
         *
         *     **Rate limit:** 20 requests per minute
         */
        post: operations["CreateActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload files to an account
         * @description Uploads one or more files to an account by ID or external ID.
         *
         *     **Rate limit:** 10 requests per minute
         */
        post: operations["UploadAccountFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge accounts
         * @description Merges one or more accounts into a surviving account. Issues, contacts, opportunities, domains, channels, external IDs, and other associated data are transferred to the surviving account. Tags and custom field values of the merged accounts are not transferred. The merged accounts are permanently deleted. This cannot be undone. Accounts are merged sequentially, each in its own transaction; if a merge fails partway through, accounts already merged are not restored.
         *
         *     **Rate limit:** 10 requests per minute
         */
        post: operations["MergeAccounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search for accounts by a given filter
         * @description Optionally pass `search_text` for fuzzy matching. Results are intersected with any provided filter.
         *
         *     Currently, the following fields are filterable for accounts:
         *
         *     * id. Allowed operators: `equals`, `in`, `not_in`
         *
         *     * domains. Allowed operators: `contains`, `does_not_contain`, `in`, `not_in`
         *
         *     * tags. Allowed operators: `contains`, `does_not_contain`, `in`, `not_in`
         *
         *     * name. Allowed operators: `equals`, `in`, `not_in`, `string_contains`
         *
         *     * external_ids. Allowed operators: `equals`, `in`, `not_in`, `is_set`, `is_unset`
         *
         *     * owner_id. Allowed operators: `equals`, `in`, `not_in`, `is_set`, `is_unset`
         *
         *     * custom fields (pass in the slug of the custom field)
         *
         *     **Rate limit:** 20 requests per minute
         */
        post: operations["SearchAccounts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/activity-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get custom activity types
         * @description Returns all custom activity type definitions for the organization.
         *
         *     **Rate limit:** 10 requests per minute
         */
        get: operations["GetActivityTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an attachment
         * @description Uploads a file as an attachment. The returned URL can be used when creating issues or messages.
         *
         *     **Rate limit:** 10 requests per minute
         */
        post: operations["CreateAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/attachments/{id}/{filename}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an attachment
         * @description Helpline extension, not part of Pylon's API.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The attachment's filename */
                    filename: string;
                    /** @description The attachment's id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description No such object in this workspace */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Internal error; the server log has the details under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description A backing service (the database, Redis) does not answer; retry shortly */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit-logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of audit logs
         * @description Returns a paginated list of audit log entries for the organization.
         *
         *     **Rate limit:** 60 requests per minute
         */
        get: operations["GetAuditLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit-logs/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search audit logs with filters
         * @description Returns a filtered, paginated list of audit log entries for the organization.
         *
         *     Currently, the following fields are filterable for audit logs:
         *
         *     * action. Allowed operators: `equals`, `in`, `not_in`, `string_contains`, `string_does_not_contain`
         *
         *     * action_happened_at (in RFC3339 format). Allowed operators: `time_is_after`, `time_is_before`, `time_range`
         *
         *     **Rate limit:** 10 requests per minute
         */
        post: operations["SearchAuditLogs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all contacts
         * @description Returns a paginated list of contacts for the organization.
         *
         *     **Rate limit:** 60 requests per minute
         */
        get: operations["GetContacts"];
        put?: never;
        /**
         * Create a new contact
         * @description Creates a new contact with the specified email and optional metadata.
         *
         *     **Rate limit:** 60 requests per minute
         */
        post: operations["CreateContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a contact by its ID
         * @description Returns a single contact by ID.
         *
         *     **Rate limit:** 60 requests per minute
         */
        get: operations["GetContact"];
        put?: never;
        post?: never;
        /**
         * Delete an existing contact
         * @description Permanently deletes a contact by ID.
         *
         *     **Rate limit:** 10 requests per minute
         */
        delete: operations["DeleteContact"];
        options?: never;
        head?: never;
        /**
         * Update an existing contact
         * @description Updates an existing contact. Only provided fields are modified.
         *
         *     **Rate limit:** 60 requests per minute
         */
        patch: operations["UpdateContact"];
        trace?: never;
    };
    "/contacts/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search for contacts by a given filter
         * @description Currently, the following fields are filterable for contacts:
         *
         *     * id. Allowed operators: `equals`, `in`, `not_in`
         *
         *     * email. Allowed operators: `equals`, `in`, `not_in`, `string_contains`
         *
         *     * name. Allowed operators: `equals`, `in`, `not_in`, `string_contains`
         *
         *     * custom fields (pass in the slug of the custom field)
         *
         *     * account_id. Allowed operators: `equals`, `in`, `not_in`
         *
         *     **Rate limit:** 20 requests per minute
         */
        post: operations["SearchContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/custom-fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all custom fields
         * @description Returns all custom field definitions for the specified object type.
         *
         *     **Rate limit:** 60 requests per minute
         */
        get: operations["GetCustomFields"];
        put?: never;
        /**
         * Create a custom field
         * @description Creates a new custom field definition for the specified object type.
         *
         *     **Rate limit:** 20 requests per minute
         */
        post: operations["CreateCustomField"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/custom-fields/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a custom field by its ID
         * @description Returns a single custom field definition by ID.
         *
         *     **Rate limit:** 60 requests per minute
         */
        get: operations["GetCustomField"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a custom field
         * @description Updates a custom field definition. Only provided fields are modified.
         *
         *     **Rate limit:** 20 requests per minute
         */
        patch: operations["UpdateCustomField"];
        trace?: never;
    };
    "/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The workspace's events, in order
         * @description What webhooks deliver, for a system that missed some to catch up: page with `cursor` until `has_next_page` is false, keep the last cursor to poll for new ones.
         *
         *     Helpline extension, not part of Pylon's API.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The cursor to use for pagination. */
                    cursor?: string;
                    /** @description The number of items to fetch, 1 to 1000 (default 100). */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                created_at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                id: string;
                                type: string;
                            }[];
                            pagination: {
                                cursor: string;
                                has_next_page: boolean;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The bearer token is missing, malformed, unknown or revoked */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Internal error; the server log has the details under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description A backing service (the database, Redis) does not answer; retry shortly */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness check
         * @description Helpline extension, not part of Pylon's API.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Internal error; the server log has the details under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description A backing service (the database, Redis) does not answer; retry shortly */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/helpline/api-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the workspace's API tokens
         * @description Helpline extension. Every token of the workspace, revoked and expired ones included, in creation order; never the secret, which is not stored.
         *
         *     Helpline extension, not part of Pylon's API.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The cursor to use for pagination. */
                    cursor?: string;
                    /** @description The number of items to fetch, 1 to 1000 (default 100). */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                created_at: string;
                                /** @description After this moment the token no longer authenticates. */
                                expires_at?: string;
                                id: string;
                                /** @description When the token last authenticated a request, to the minute. */
                                last_used_at?: string;
                                name: string;
                                revoked_at?: string;
                                status: "active" | "expired" | "revoked";
                                /** @description The user the token acts as. */
                                user_id: string;
                            }[];
                            pagination: {
                                cursor: string;
                                has_next_page: boolean;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The bearer token is missing, malformed, unknown or revoked */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The caller's role may not do this: the operation needs an admin token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Internal error; the server log has the details under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description A backing service (the database, Redis) does not answer; retry shortly */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an API token
         * @description Helpline extension. A token acting as `user_id` (default: the caller), optionally expiring at `expires_at` or after `expires_in_days`. The secret is in this answer only.
         *
         *     Helpline extension, not part of Pylon's API.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description RFC 3339; must be in the future. */
                        expires_at?: string;
                        /** @description An alternative to expires_at: 1 to 3650 days. */
                        expires_in_days?: number;
                        /** @description What the token is for (default "API token"). */
                        name?: string;
                        /** @description The user the token acts as (default: the caller). */
                        user_id?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                created_at: string;
                                /** @description After this moment the token no longer authenticates. */
                                expires_at?: string;
                                id: string;
                                /** @description When the token last authenticated a request, to the minute. */
                                last_used_at?: string;
                                name: string;
                                revoked_at?: string;
                                status: "active" | "expired" | "revoked";
                                /** @description The secret (hl_…), shown only in this answer. */
                                token: string;
                                /** @description The user the token acts as. */
                                user_id: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The bearer token is missing, malformed, unknown or revoked */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The caller's role may not do this: the operation needs an admin token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description No such object in this workspace */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The request body is neither JSON (UTF-8) nor form-encoded */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Internal error; the server log has the details under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description A backing service (the database, Redis) does not answer; retry shortly */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/helpline/api-tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API token
         * @description Helpline extension. Every instance refuses the token within a second. The token stays listed, as revoked; revoking it again changes nothing.
         *
         *     Helpline extension, not part of Pylon's API.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The API token's id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                created_at: string;
                                /** @description After this moment the token no longer authenticates. */
                                expires_at?: string;
                                id: string;
                                /** @description When the token last authenticated a request, to the minute. */
                                last_used_at?: string;
                                name: string;
                                revoked_at?: string;
                                status: "active" | "expired" | "revoked";
                                /** @description The user the token acts as. */
                                user_id: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The bearer token is missing, malformed, unknown or revoked */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The caller's role may not do this: the operation needs an admin token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description No such object in this workspace */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The request body is neither JSON (UTF-8) nor form-encoded */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Internal error; the server log has the details under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description A backing service (the database, Redis) does not answer; retry shortly */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/helpline/test/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the business clock
         * @description Helpline extension (TEST_CONTROLS=true). The time Helpline stamps and schedules with, and how far it runs ahead of real time.
         *
         *     Helpline extension, not part of Pylon's API.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** @description Business time: what timestamps and schedules use. */
                                now: string;
                                /** @description How far business time runs ahead of the server clock. */
                                offset_ms: number;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The bearer token is missing, malformed, unknown or revoked */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The caller's role may not do this: the operation needs an admin token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Internal error; the server log has the details under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description A backing service (the database, Redis) does not answer; retry shortly */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Advance the business clock
         * @description Helpline extension (TEST_CONTROLS=true). Moves business time forward by `advance_ms`, for the whole server process (every workspace); it never goes back. Webhook retries and email due by then go out at once; tokens past their expiry stop working.
         *
         *     Helpline extension, not part of Pylon's API.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Milliseconds, up to 30 days. */
                        advance_ms: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** @description Business time: what timestamps and schedules use. */
                                now: string;
                                /** @description How far business time runs ahead of the server clock. */
                                offset_ms: number;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The bearer token is missing, malformed, unknown or revoked */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The caller's role may not do this: the operation needs an admin token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description No such object in this workspace */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The request body is neither JSON (UTF-8) nor form-encoded */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Internal error; the server log has the details under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description A backing service (the database, Redis) does not answer; retry shortly */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/helpline/test/demo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Load the demo workspace
         * @description Helpline extension (TEST_CONTROLS=true). Adds a realistic support workspace to the caller's: agents, accounts, contacts, and issues in every state (new, waiting_on_you, waiting_on_customer, on_hold, closed) with replies, internal notes in threads and email issues, created through the API's own rules (so events and webhooks follow). No email is sent.
         *
         *     Helpline extension, not part of Pylon's API.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                accounts: number;
                                contacts: number;
                                /** @description Issues this load created. */
                                issues: number;
                                issues_by_state: {
                                    [key: string]: number;
                                };
                                /** @description Messages this load created: first messages, replies and internal notes. */
                                messages: number;
                                /** @description Demo agents (members) in the workspace. */
                                users: number;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The bearer token is missing, malformed, unknown or revoked */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The caller's role may not do this: the operation needs an admin token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description No such object in this workspace */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The request body is neither JSON (UTF-8) nor form-encoded */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Internal error; the server log has the details under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description A backing service (the database, Redis) does not answer; retry shortly */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/helpline/test/faults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the injected faults
         * @description Helpline extension (TEST_CONTROLS=true). The workspace's faults on this instance that have requests left to meet, oldest first.
         *
         *     Helpline extension, not part of Pylon's API.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                created_at: string;
                                id: string;
                                kind: string;
                                latency_ms?: number;
                                method: string;
                                path: string;
                                /** @description Matching requests still to meet the fault. */
                                remaining: number;
                                retry_after_s?: number;
                                status?: number;
                            }[];
                            request_id: string;
                        };
                    };
                };
                /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The bearer token is missing, malformed, unknown or revoked */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The caller's role may not do this: the operation needs an admin token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Internal error; the server log has the details under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description A backing service (the database, Redis) does not answer; retry shortly */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Inject a fault
         * @description Helpline extension (TEST_CONTROLS=true). The next `count` requests of the workspace (any of its tokens) matching `method` and `path` fail as `kind` says. Faults are kept in memory by the instance that receives this request: not shared with other instances, gone on restart. The test controls themselves are never faulted.
         *
         *     Helpline extension, not part of Pylon's API.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description How many matching requests meet the fault, 1 to 10000. */
                        count: number;
                        /** @description `status`: an error of `status` in the error envelope; `rate_limit`: 429 with Retry-After; `latency`: `latency_ms` added, then answered as usual; `drop`: the connection closes without an answer. */
                        kind: "status" | "rate_limit" | "latency" | "drop";
                        /** @description For `latency`: 1 to 60000. */
                        latency_ms?: number;
                        method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
                        /** @description A route template (`/issues/:id/note` or `/issues/{id}/note`) or a concrete path (`/issues/42/note`). */
                        path: string;
                        /** @description For `rate_limit`: the Retry-After, 1 to 3600 (1). */
                        retry_after_s?: number;
                        /** @description For `status`: 400 to 599. */
                        status?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                created_at: string;
                                id: string;
                                kind: string;
                                latency_ms?: number;
                                method: string;
                                path: string;
                                /** @description Matching requests still to meet the fault. */
                                remaining: number;
                                retry_after_s?: number;
                                status?: number;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The bearer token is missing, malformed, unknown or revoked */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The caller's role may not do this: the operation needs an admin token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description No such object in this workspace */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The request body is neither JSON (UTF-8) nor form-encoded */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Internal error; the server log has the details under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description A backing service (the database, Redis) does not answer; retry shortly */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        /**
         * Clear the injected faults
         * @description Helpline extension (TEST_CONTROLS=true). Removes every fault of the workspace on this instance; requests are answered as usual.
         *
         *     Helpline extension, not part of Pylon's API.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                /** @description Faults removed. */
                                cleared: number;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The bearer token is missing, malformed, unknown or revoked */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The caller's role may not do this: the operation needs an admin token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description No such object in this workspace */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The request body is neither JSON (UTF-8) nor form-encoded */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Internal error; the server log has the details under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description A backing service (the database, Redis) does not answer; retry shortly */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/helpline/test/snapshots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Snapshot the workspace's data
         * @description Helpline extension (TEST_CONTROLS=true). Saves every row of the workspace (issues, messages, threads, contacts, accounts, events, webhooks and their deliveries, users and tokens, the issue counter) in the database, to restore after each test.
         *
         *     Helpline extension, not part of Pylon's API.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                created_at: string;
                                id: string;
                                /** @description Rows the snapshot holds, over every table of the workspace. */
                                rows: number;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The bearer token is missing, malformed, unknown or revoked */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The caller's role may not do this: the operation needs an admin token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description No such object in this workspace */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The request body is neither JSON (UTF-8) nor form-encoded */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Internal error; the server log has the details under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description A backing service (the database, Redis) does not answer; retry shortly */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/helpline/test/snapshots/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a snapshot
         * @description Helpline extension (TEST_CONTROLS=true). The snapshot is gone; the workspace is left as it is.
         *
         *     Helpline extension, not part of Pylon's API.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The snapshot's id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The bearer token is missing, malformed, unknown or revoked */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The caller's role may not do this: the operation needs an admin token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description No such object in this workspace */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The request body is neither JSON (UTF-8) nor form-encoded */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Internal error; the server log has the details under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description A backing service (the database, Redis) does not answer; retry shortly */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/helpline/test/snapshots/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore the workspace's data from a snapshot
         * @description Helpline extension (TEST_CONTROLS=true). Replaces every row of the workspace with the snapshot's, in one transaction: ids, issue numbers, timestamps and so list cursors come back exactly. Tokens are as they were: one created since the snapshot stops working. Another workspace's snapshot is not found (404).
         *
         *     Helpline extension, not part of Pylon's API.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The snapshot's id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                created_at: string;
                                id: string;
                                /** @description Rows the snapshot holds, over every table of the workspace. */
                                rows: number;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The bearer token is missing, malformed, unknown or revoked */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The caller's role may not do this: the operation needs an admin token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description No such object in this workspace */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The request body is neither JSON (UTF-8) nor form-encoded */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Internal error; the server log has the details under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description A backing service (the database, Redis) does not answer; retry shortly */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/helpline/users/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate a user
         * @description Helpline extension. The user's API tokens stop working (401) within a second on every instance; their messages and assignments stay. You cannot deactivate yourself, nor the last active admin.
         *
         *     Helpline extension, not part of Pylon's API.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The user's id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                avatar_url?: string;
                                email?: string;
                                emails?: string[];
                                id?: string;
                                name?: string;
                                role?: {
                                    id?: string;
                                    name?: string;
                                    slug?: string;
                                };
                                role_id?: string;
                                /** @description `active` or `deactivated`. */
                                status?: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The bearer token is missing, malformed, unknown or revoked */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The caller's role may not do this: the operation needs an admin token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description No such object in this workspace */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The request body is neither JSON (UTF-8) nor form-encoded */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Internal error; the server log has the details under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description A backing service (the database, Redis) does not answer; retry shortly */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/helpline/users/{id}/reactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reactivate a user
         * @description Helpline extension. The user's API tokens that are neither revoked nor expired work again.
         *
         *     Helpline extension, not part of Pylon's API.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The user's id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                avatar_url?: string;
                                email?: string;
                                emails?: string[];
                                id?: string;
                                name?: string;
                                role?: {
                                    id?: string;
                                    name?: string;
                                    slug?: string;
                                };
                                role_id?: string;
                                /** @description `active` or `deactivated`. */
                                status?: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The bearer token is missing, malformed, unknown or revoked */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The caller's role may not do this: the operation needs an admin token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description No such object in this workspace */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The request body is neither JSON (UTF-8) nor form-encoded */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Internal error; the server log has the details under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description A backing service (the database, Redis) does not answer; retry shortly */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/import/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a new contact
         * @description Imports a new contact with the specified email and optional metadata.
         *
         *     **Rate limit:** 20 requests per minute
         */
        post: operations["ImportContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/import/issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import an issue
         * @description Imports an issue with its messages and metadata. At least one message is required.
         *
         *     **Rate limit:** 20 requests per minute
         */
        post: operations["ImportIssue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/import/issues/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import messages onto an existing issue
         * @description Imports one or more messages onto an existing issue.
         *
         *     **Rate limit:** 20 requests per minute
         */
        post: operations["ImportMessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/issue-statuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all issue statuses
         * @description Returns all issue statuses for the organization.
         *
         *     **Rate limit:** 10 requests per minute
         */
        get: operations["GetIssueStatuses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of issues
         * @description Returns a paginated list of issues within a required time range (max 30 days).
         *
         *     **Rate limit:** 10 requests per minute
         */
        get: operations["GetIssues"];
        put?: never;
        /**
         * Create a new issue
         * @description Creates a new issue and its first message. Requires either an account_id or requester information.
         *
         *     The requester, first-message author, and delivery destination are independent:
         *
         *     * requester_id or requester_email identifies the customer the issue is for.
         *
         *     * user_id or contact_id controls who appears as the author of the first message. If neither is provided, the API token's user is the author.
         *
         *     * destination_metadata controls whether and where the first message is delivered. If omitted, the first message is an internal note and no customer is contacted.
         *
         *     The requester and message author may differ because an issue can be created either on behalf of a customer or from a customer-authored message. For example, an agent may open an issue for a requester while authoring the first message themselves, or an integration may record an inbound message authored by the customer.
         *
         *     Account and requester resolution:
         *
         *     * account_id alone creates an issue for that account without setting a requester.
         *
         *     * requester_id uses an existing contact and, when account_id is omitted, uses the contact's primary account if available.
         *
         *     * requester_email without account_id finds or creates a contact and associates an account when possible. requester_name is optional and is used when creating the contact.
         *
         *     * account_id with requester_email finds or creates the contact in the specified account.
         *
         *     * account_id with requester_id requires the contact to belong to the specified account.
         *
         *     * If requester_id and requester_email are both provided, requester_id takes precedence.
         *
         *     Destination requirements:
         *
         *     * If destination_metadata is omitted or destination is internal, the first message remains internal and no customer is contacted. contact_id cannot author an internal note.
         *
         *     * For email, email is required and identifies the configured Pylon sender address, not a recipient. email_ccs and email_bccs are supported only for email.
         *
         *     * For slack, the resolved account must be connected to a Slack channel; the first message is delivered to that channel.
         *
         *     * For in_app_chat, chat_widget_app_id can select the chat widget app used for delivery.
         *
         *     * For sms, from_sms_phone_number_id is required. Also provide requester_id or requester_email for a contact with a phone number.
         *
         *     * For whatsapp, whatsapp_app_id, whatsapp_message_template_name, and whatsapp_message_template_language are required. Also provide requester_id or requester_email for a contact with a phone number.
         *
         *     Create an internal issue without contacting a customer:
         *
         *     ```json
         *
         *     {
         *
         *     "account_id": "acc_123",
         *
         *     "title": "Investigate usage spike",
         *
         *     "body_html": "<p>Check recent activity.</p>"
         *
         *     }
         *
         *     ```
         *
         *     Create an issue and email an existing requester:
         *
         *     ```json
         *
         *     {
         *
         *     "requester_id": "contact_123",
         *
         *     "title": "Following up",
         *
         *     "body_html": "<p>Here is the requested update.</p>",
         *
         *     "destination_metadata": {
         *
         *     "destination": "email",
         *
         *     "email": "support@example.com"
         *
         *     }
         *     }
         *
         *     ```
         *
         *     Create an issue whose first message is attributed to a customer:
         *
         *     ```json
         *
         *     {
         *
         *     "requester_id": "contact_123",
         *
         *     "contact_id": "contact_123",
         *
         *     "title": "Unable to sign in",
         *
         *     "body_html": "<p>I cannot access my account.</p>",
         *
         *     "destination_metadata": {
         *
         *     "destination": "in_app_chat"
         *
         *     }
         *     }
         *
         *     ```
         *
         *     **Rate limit:** 10 requests per minute
         */
        post: operations["CreateIssue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/issues/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an issue by its ID/number
         * @description Returns a single issue by ID or issue number.
         *
         *     **Rate limit:** 60 requests per minute
         */
        get: operations["GetIssue"];
        put?: never;
        post?: never;
        /**
         * Delete an existing issue
         * @description Permanently deletes an issue by ID.
         *
         *     **Rate limit:** 20 requests per minute
         */
        delete: operations["DeleteIssue"];
        options?: never;
        head?: never;
        /**
         * Update an existing issue
         * @description Updates an existing issue. Only provided fields are modified.
         *
         *     **Rate limit:** 20 requests per minute
         */
        patch: operations["UpdateIssue"];
        trace?: never;
    };
    "/issues/{id}/external-issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Link or unlink external issues to/from an issue
         * @description By default, links external issues. To unlink issues, set the operation field to "unlink".
         *
         *     **Rate limit:** 20 requests per minute
         */
        post: operations["LinkExternalIssue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/issues/{id}/followers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get followers of an issue
         * @description Returns the list of followers for the specified issue.
         *
         *     **Rate limit:** 60 requests per minute
         */
        get: operations["GetIssueFollowers"];
        put?: never;
        /**
         * Add or remove followers to/from an issue
         * @description By default, adds followers. To remove followers, set the operation field to "remove".
         *
         *     **Rate limit:** 20 requests per minute
         */
        post: operations["AddIssueFollowers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/issues/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all messages on an issue
         * @description Returns messages for the specified issue, including replies and internal notes, ordered from oldest to newest.
         *
         *     Use these messages when posting a reply or internal note:
         *
         *     * To post a reply, choose a customer-visible message where is_private is false and pass its top-level id as message_id to POST /issues/{id}/reply.
         *
         *     * To post an internal note to an existing internal thread, choose an internal note where is_private is true. Pass its thread_id as thread_id, or its top-level id as message_id, to POST /issues/{id}/note.
         *
         *     * Do not use email_info.message_id for either operation. It is the email's RFC 5322 Message-ID header, not the Pylon message ID.
         *
         *     Pagination:
         *
         *     * Omit both limit and cursor to return all messages for backward compatibility.
         *
         *     * Set limit from 1 to 1000 to paginate the results.
         *
         *     * If cursor is provided without limit, the page size defaults to 100.
         *
         *     * While pagination.has_next_page is true, pass pagination.cursor as cursor in the next request.
         *
         *     **Rate limit:** 20 requests per minute
         */
        get: operations["GetIssueMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/issues/{id}/messages/{message_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a message
         * @description Permanently deletes a message from an issue and its connected external system.
         *
         *     **Rate limit:** 10 requests per minute
         */
        delete: operations["DeleteMessage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/issues/{id}/messages/{message_id}/redact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Redact a message
         * @description Permanently redacts a message's content. This action cannot be undone.
         *
         *     **Rate limit:** 20 requests per minute
         */
        post: operations["RedactMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/issues/{id}/note": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an internal note on an issue
         * @description Posts an internal note on an issue thread. Not visible to the requester.
         *
         *     Thread selection:
         *
         *     * If thread_id is provided, posts to that internal thread.
         *
         *     * If message_id is provided, posts to the thread containing that internal note.
         *
         *     * Providing both thread_id and message_id returns a 400 response.
         *
         *     * If neither is provided, posts to the most recently created Slack-backed internal thread. If none exists, creates a Pylon-only internal thread.
         *
         *     * thread_name names that newly created Pylon-only thread and is otherwise ignored.
         *
         *     Empty thread_id, message_id, and thread_name values are treated as omitted.
         *
         *     **Rate limit:** 10 requests per minute
         */
        post: operations["CreateIssueNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/issues/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reply to an issue
         * @description Sends a customer-facing reply on an issue, visible to the requester.
         *
         *     message_id is required to identify which existing customer-visible conversation or thread to continue. Use the top-level message id returned by GET /issues/{id}/messages; do not use an external provider's message ID or the nested email_info.message_id value.
         *
         *     For an email conversation, email_info must contain at least one recipient across to_emails, cc_emails, and bcc_emails. The referenced message controls email threading, but its recipients are not copied automatically.
         *
         *     **Rate limit:** 10 requests per minute
         */
        post: operations["CreateIssueReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/issues/{id}/snooze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Snooze an issue
         * @description Snoozes an issue until the specified date and time.
         *
         *     **Rate limit:** 20 requests per minute
         */
        post: operations["SnoozeIssue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/issues/{id}/threads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all threads on an issue
         * @description Returns all threads for the specified issue.
         *
         *     **Rate limit:** 20 requests per minute
         */
        get: operations["GetIssueThreads"];
        put?: never;
        /**
         * Create a thread on an issue
         * @description Creates a new internal thread on an issue.
         *
         *     **Rate limit:** 20 requests per minute
         */
        post: operations["CreateIssueThread"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/issues/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search for issues by a given filter
         * @description Currently, the following fields are filterable for issues:
         *
         *     * created_at (in RFC3339 format). Allowed operators: `time_is_after`, `time_is_before`, `time_range`
         *
         *     * account_id. Allowed operators: `equals`, `in`, `not_in`, `is_set`, `is_unset`
         *
         *     * ticket_form_id. Allowed operators: `equals`, `in`, `not_in`, `is_set`, `is_unset`
         *
         *     * requester_id. Allowed operators: `equals`, `in`, `not_in`, `is_set`, `is_unset`
         *
         *     * follower_user_id. Allowed operators: `equals`, `in`, `not_in`
         *
         *     * follower_contact_id. Allowed operators: `equals`, `in`, `not_in`
         *
         *     * state. Valid values are `["new", "waiting_on_you", "waiting_on_customer", "on_hold", "closed"]` or a custom status slug. Allowed operators: `equals`, `in`, `not_in`
         *
         *     * custom fields (pass in the slug of the custom field)
         *
         *     * tags (pass in the tag name). Allowed operators: `contains`, `does_not_contain`, `in`, `not_in`
         *
         *     * title. Allowed operators: `string_contains`, `string_does_not_contain`
         *
         *     * body_html. Allowed operators: `string_contains`, `string_does_not_contain`
         *
         *     * assignee_id. Allowed operators: `equals`, `in`, `not_in`, `is_set`, `is_unset`
         *
         *     * team_id. Allowed operators: `equals`, `in`, `not_in`
         *
         *     * issue_type. Valid values are `["conversation", "ticket"]`. Allowed operators: `equals`, `in`, `not_in`, `is_set`, `is_unset`
         *
         *     * resolved_at. Allowed operators: `time_is_after`, `time_is_before`, `time_range`
         *
         *     * latest_message_activity_at. Allowed operators: `time_is_after`, `time_is_before`, `time_range`
         *
         *     * updated_at (in RFC3339 format). Allowed operators: `time_is_after`, `time_is_before`, `time_range`
         *
         *     * slack_channel_id (the Slack channel ID the issue was created in). Allowed operators: `equals`, `in`, `not_in`
         *
         *     **Rate limit:** 20 requests per minute
         */
        post: operations["SearchIssues"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get details of the authenticated organization and user
         * @description Returns the organization and user associated with the credentials used for authentication.
         *
         *     **Rate limit:** 60 requests per minute
         */
        get: operations["GetMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness check (database, Redis)
         * @description Helpline extension, not part of Pylon's API.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Internal error; the server log has the details under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description A backing service (the database, Redis) does not answer; retry shortly */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NotReady"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all tags
         * @description Returns all tags for the organization.
         *
         *     **Rate limit:** 60 requests per minute
         */
        get: operations["GetTags"];
        put?: never;
        /**
         * Create a new tag
         * @description Creates a new tag with the specified value and object type.
         *
         *     **Rate limit:** 60 requests per minute
         */
        post: operations["CreateTag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tags/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a tag by its ID
         * @description Returns a single tag by ID.
         *
         *     **Rate limit:** 60 requests per minute
         */
        get: operations["GetTag"];
        put?: never;
        post?: never;
        /**
         * Delete an existing tag
         * @description Permanently deletes a tag by ID.
         *
         *     **Rate limit:** 10 requests per minute
         */
        delete: operations["DeleteTag"];
        options?: never;
        head?: never;
        /**
         * Update an existing tag
         * @description Updates an existing tag. Only provided fields are modified.
         *
         *     **Rate limit:** 10 requests per minute
         */
        patch: operations["UpdateTag"];
        trace?: never;
    };
    "/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of teams
         * @description Returns all teams for the organization.
         *
         *     **Rate limit:** 60 requests per minute
         */
        get: operations["GetTeams"];
        put?: never;
        /**
         * Create a new team
         * @description Creates a new team with a name and optional member list.
         *
         *     **Rate limit:** 10 requests per minute
         */
        post: operations["CreateTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a team by its ID
         * @description Returns a single team by ID.
         *
         *     **Rate limit:** 60 requests per minute
         */
        get: operations["GetTeam"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update an existing team
         * @description Updates an existing team. Only provided fields are modified.
         *
         *     **Rate limit:** 20 requests per minute
         */
        patch: operations["UpdateTeam"];
        trace?: never;
    };
    "/ticket-forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of ticket forms
         * @description Returns all ticket forms for the organization.
         *
         *     **Rate limit:** 60 requests per minute
         */
        get: operations["GetTicketForms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ticket-forms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a ticket form
         * @description Returns a single ticket form by ID.
         *
         *     **Rate limit:** 60 requests per minute
         */
        get: operations["GetTicketForm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/user-roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of all user roles
         * @description Returns all user roles for the organization.
         *
         *     **Rate limit:** 60 requests per minute
         */
        get: operations["GetUserRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of users
         * @description Returns all users for the organization.
         *
         *     **Rate limit:** 60 requests per minute
         */
        get: operations["GetUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user by its ID
         * @description Returns a single user by ID.
         *
         *     **Rate limit:** 60 requests per minute
         */
        get: operations["GetUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a user
         * @description Updates an existing user. Only provided fields are modified.
         *
         *     **Rate limit:** 20 requests per minute
         */
        patch: operations["UpdateUser"];
        trace?: never;
    };
    "/users/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search for users by a given filter
         * @description Currently, the following fields are filterable for users:
         *
         *     * email. Allowed operators: `equals`, `in`, `not_in`
         *
         *     **Rate limit:** 20 requests per minute
         */
        post: operations["SearchUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook endpoints
         * @description Helpline extension, not part of Pylon's API.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The cursor to use for pagination. */
                    cursor?: string;
                    /** @description The number of items to fetch, 1 to 1000 (default 100). */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                created_at: string;
                                description?: string;
                                /** @description Event types sent; empty means every type. */
                                event_types: string[];
                                failing_since?: string;
                                id: string;
                                paused_reason?: string;
                                /** @description The signing secret (whsec_…), shown only when created or rotated. */
                                secret?: string;
                                status: "active" | "paused";
                                updated_at: string;
                                url: string;
                            }[];
                            pagination: {
                                cursor: string;
                                has_next_page: boolean;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The bearer token is missing, malformed, unknown or revoked */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The caller's role may not do this: the operation needs an admin token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Internal error; the server log has the details under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description A backing service (the database, Redis) does not answer; retry shortly */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a webhook endpoint
         * @description Events are POSTed to `url`, signed per the Standard Webhooks specification. The secret is shown once.
         *
         *     Helpline extension, not part of Pylon's API.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string;
                        event_types?: string[];
                        url: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                created_at: string;
                                description?: string;
                                /** @description Event types sent; empty means every type. */
                                event_types: string[];
                                failing_since?: string;
                                id: string;
                                paused_reason?: string;
                                /** @description The signing secret (whsec_…), shown only when created or rotated. */
                                secret?: string;
                                status: "active" | "paused";
                                updated_at: string;
                                url: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The bearer token is missing, malformed, unknown or revoked */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The caller's role may not do this: the operation needs an admin token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description No such object in this workspace */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The request body is neither JSON (UTF-8) nor form-encoded */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Internal error; the server log has the details under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description A backing service (the database, Redis) does not answer; retry shortly */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a webhook endpoint (its status says whether it is paused, and why)
         * @description Helpline extension, not part of Pylon's API.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The webhook's id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                created_at: string;
                                description?: string;
                                /** @description Event types sent; empty means every type. */
                                event_types: string[];
                                failing_since?: string;
                                id: string;
                                paused_reason?: string;
                                /** @description The signing secret (whsec_…), shown only when created or rotated. */
                                secret?: string;
                                status: "active" | "paused";
                                updated_at: string;
                                url: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The bearer token is missing, malformed, unknown or revoked */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The caller's role may not do this: the operation needs an admin token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description No such object in this workspace */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Internal error; the server log has the details under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description A backing service (the database, Redis) does not answer; retry shortly */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete a webhook endpoint and its pending deliveries
         * @description Helpline extension, not part of Pylon's API.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The webhook's id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Success */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The bearer token is missing, malformed, unknown or revoked */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The caller's role may not do this: the operation needs an admin token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description No such object in this workspace */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The request body is neither JSON (UTF-8) nor form-encoded */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Internal error; the server log has the details under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description A backing service (the database, Redis) does not answer; retry shortly */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deliveries to an endpoint, each with its attempts and their results
         * @description Helpline extension, not part of Pylon's API.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The cursor to use for pagination. */
                    cursor?: string;
                    /** @description The number of items to fetch, 1 to 1000 (default 100). */
                    limit?: number;
                };
                header?: never;
                path: {
                    /** @description The webhook's id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                attempt_count: number;
                                attempts: {
                                    attempted_at: string;
                                    duration_ms: number;
                                    error?: string;
                                    status_code?: number;
                                }[];
                                created_at: string;
                                event_id: string;
                                event_type?: string;
                                id: string;
                                last_error?: string;
                                last_status_code?: number;
                                next_attempt_at?: string;
                                status: "pending" | "succeeded" | "failed";
                            }[];
                            pagination: {
                                cursor: string;
                                has_next_page: boolean;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The bearer token is missing, malformed, unknown or revoked */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The caller's role may not do this: the operation needs an admin token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description No such object in this workspace */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Internal error; the server log has the details under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description A backing service (the database, Redis) does not answer; retry shortly */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/deliveries/{delivery_id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a delivery's event again (as a new delivery)
         * @description Helpline extension, not part of Pylon's API.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The delivery's id */
                    delivery_id: string;
                    /** @description The webhook's id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                attempt_count: number;
                                attempts: {
                                    attempted_at: string;
                                    duration_ms: number;
                                    error?: string;
                                    status_code?: number;
                                }[];
                                created_at: string;
                                event_id: string;
                                event_type?: string;
                                id: string;
                                last_error?: string;
                                last_status_code?: number;
                                next_attempt_at?: string;
                                status: "pending" | "succeeded" | "failed";
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The bearer token is missing, malformed, unknown or revoked */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The caller's role may not do this: the operation needs an admin token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description No such object in this workspace */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The request body is neither JSON (UTF-8) nor form-encoded */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Internal error; the server log has the details under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description A backing service (the database, Redis) does not answer; retry shortly */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a paused endpoint (its pending deliveries go out)
         * @description Helpline extension, not part of Pylon's API.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The webhook's id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                created_at: string;
                                description?: string;
                                /** @description Event types sent; empty means every type. */
                                event_types: string[];
                                failing_since?: string;
                                id: string;
                                paused_reason?: string;
                                /** @description The signing secret (whsec_…), shown only when created or rotated. */
                                secret?: string;
                                status: "active" | "paused";
                                updated_at: string;
                                url: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The bearer token is missing, malformed, unknown or revoked */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The caller's role may not do this: the operation needs an admin token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description No such object in this workspace */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The request body is neither JSON (UTF-8) nor form-encoded */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Internal error; the server log has the details under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description A backing service (the database, Redis) does not answer; retry shortly */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the signing secret
         * @description Returns the new secret (shown once). For WEBHOOK_SECRET_OVERLAP_HOURS (24) every event is signed with both secrets.
         *
         *     Helpline extension, not part of Pylon's API.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The webhook's id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            data: {
                                created_at: string;
                                description?: string;
                                /** @description Event types sent; empty means every type. */
                                event_types: string[];
                                failing_since?: string;
                                id: string;
                                paused_reason?: string;
                                /** @description The signing secret (whsec_…), shown only when created or rotated. */
                                secret?: string;
                                status: "active" | "paused";
                                updated_at: string;
                                url: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The bearer token is missing, malformed, unknown or revoked */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The caller's role may not do this: the operation needs an admin token */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description No such object in this workspace */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The request body is too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The request body is neither JSON (UTF-8) nor form-encoded */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description Internal error; the server log has the details under the request id */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
                /** @description A backing service (the database, Redis) does not answer; retry shortly */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorEnvelope"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Account: {
            /** @description Channels associated with the account. */
            channels?: components["schemas"]["Channel"][];
            /** @description The creation time of the account. */
            created_at?: string;
            crm_settings?: components["schemas"]["CRMSettings"];
            /** @description Custom fields associated with the account. */
            custom_fields?: {
                [key: string]: components["schemas"]["CustomFieldValue"];
            };
            /** @description The primary domain of the account. */
            domain?: string;
            /** @description The list of domains associated with the account. */
            domains?: string[];
            /** @description External IDs associated with the account. */
            external_ids?: components["schemas"]["ExternalID"][];
            /** @description The ID of the account. */
            id?: string;
            /** @description Whether the account is disabled. */
            is_disabled?: boolean;
            /** @description The time of the latest customer activity. */
            latest_customer_activity_time?: string;
            /** @description The name of the account. */
            name?: string;
            owner?: components["schemas"]["MiniUser"];
            /** @description The primary domain of the account. */
            primary_domain?: string;
            /** @description Tags associated with the account. */
            tags?: string[];
            /** @description The type of the account. */
            type?: string;
            /** @description The time the account was last updated. */
            updated_at?: string;
        };
        AccountHighlight: {
            /** @description The ID of the account this highlight belongs to. */
            account_id?: string;
            /** @description The HTML content of the highlight. */
            content_html?: string;
            /** @description The timestamp of when the highlight was created. */
            created_at?: string;
            /** @description The timestamp of when the highlight expires, if set. */
            expires_at?: string;
            /** @description The ID of the account highlight. */
            id?: string;
            /** @description The timestamp of when the highlight was last updated. */
            updated_at?: string;
        };
        AccountRelationship: {
            /** @description The ID of the account on the child or client side of the relationship. */
            child_account_id?: string;
            /** @description The creation time of the relationship. */
            created_at?: string;
            /** @description The ID of the relationship. */
            id?: string;
            /** @description The ID of the account on the parent or partner side of the relationship. */
            parent_account_id?: string;
            /** @description The ID of the related parent or partner account. */
            related_object_id?: string;
            /** @description The relationship type. One of "parent_account" or "partner_account". */
            relationship_type?: string;
            /** @description The time the relationship was last updated. */
            updated_at?: string;
        };
        ActiveTimeByUser: {
            /** @description The user's active time on the issue in seconds. */
            active_time_seconds?: number;
            /** @description The user's business-hours active time on the issue in seconds. */
            business_hours_active_time_seconds?: number;
            /** @description The ID of the user who spent the time. */
            user_id?: string;
        };
        ActivityType: {
            /** @description The icon url of the activity type. */
            icon_url?: string;
            /** @description The ID of the activity type. */
            id?: string;
            /** @description The label of the activity type. */
            label?: string;
            /** @description The slug of the activity type. */
            slug?: string;
        };
        AddIssueFollowersRequestBody: {
            /** @description The IDs of contacts to add as followers. */
            contact_ids?: string[];
            /** @description Operation to perform. Use "add" to add followers (default) or "remove" to remove followers. */
            operation?: string;
            /** @description The IDs of users to add as followers. */
            user_ids?: string[];
        };
        AddIssueFollowersResponseBody: {
            /** @description The data payload of the response. */
            data?: components["schemas"]["Follower"][];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        Attachment: {
            /** @description The description of the attachment. */
            description?: string;
            /** @description The ID of the attachment. */
            id?: string;
            /** @description The name of the attachment. */
            name?: string;
            /** @description The URL of the attachment. */
            url?: string;
        };
        AuditLog: {
            /** @description The action that was performed. */
            action?: string;
            /** @description The time at which the action happened. */
            action_happened_at?: string;
            /** @description The ID of the contact who performed the action, if applicable. */
            actor_contact_id?: string;
            /** @description The ID of the user who performed the action, if applicable. */
            actor_user_id?: string;
            /** @description Key-value attributes associated with the audit log. */
            attributes?: {
                [key: string]: string;
            };
            /** @description The time at which the audit log was created. */
            created_at?: string;
            /** @description The ID of the audit log. */
            id?: string;
            /** @description The link associated with the audit log, if applicable. */
            link?: string;
            /** @description Additional metadata associated with the audit log. The structure varies based on the action type. */
            metadata?: Record<string, never>;
            /** @description The ID of the object that the audit log is for. */
            object_id?: string;
            /** @description The type of object that the audit log is for. */
            object_type?: string;
            /** @description The source of the audit log. */
            source?: string;
        };
        Channel: {
            /** @description The ID of the channel. If this is a Microsoft Teams channel, the ID must be in the format of `{team_id}|{channel_id}`. */
            channel_id?: string;
            /** @description The human-readable name of the channel. */
            channel_name?: string;
            /** @description The direct URL to the channel in its source app, if available. */
            channel_url?: string;
            /** @description Whether this is an internal channel (e.g., a triage channel) as opposed to a customer-facing channel. */
            is_internal?: boolean;
            /** @description Whether this channel is the primary channel for the account. */
            is_primary?: boolean;
            mirror_to?: components["schemas"]["MirrorChannel"];
            /** @description The source, which can be one of `["slack", "microsoft_teams", "discord"]`. */
            source?: string;
        };
        Contact: {
            account?: components["schemas"]["MiniAccount"];
            /** @description Avatar URL of the contact. */
            avatar_url?: string;
            /** @description Custom field values associated with the issue. */
            custom_fields?: {
                [key: string]: components["schemas"]["CustomFieldValue"];
            };
            /** @description The primary email of the contact, if it exists. */
            email?: string;
            /** @description The list of all emails of the contact. */
            emails?: string[];
            /** @description External IDs associated with the contact. */
            external_ids?: components["schemas"]["ExternalID"][];
            /** @description The ID of the contact. */
            id?: string;
            /** @description Integration user IDs linking this contact to external systems. */
            integration_user_ids?: components["schemas"]["IntegrationUserID"][];
            /** @description The name of the contact. */
            name?: string;
            /** @description The list of all phone numbers of the contact. */
            phone_numbers?: string[];
            /**
             * @description Portal role slug assigned to the contact. For backwards compatibility.
             * @enum {string}
             */
            portal_role?: "no_access" | "member" | "admin";
            /** @description The ID of the custom portal role assigned to the contact. */
            portal_role_id?: string;
            /** @description The primary phone number of the contact, if it exists. */
            primary_phone_number?: string;
        };
        CreateAccountHighlightRequestBody: {
            /** @description The HTML content for this highlight. */
            content_html: string;
            /** @description Optional RFC3339 timestamp of when this highlight will expire. */
            expires_at?: string;
        };
        CreateAccountHighlightResponseBody: {
            data?: components["schemas"]["AccountHighlight"];
            request_id?: string;
        };
        CreateAccountRelationshipRequest: {
            /** @description The ID of the related parent or partner account. */
            related_object_id: string;
            /** @description The relationship type. Must be "parent_account" or "partner_account". */
            relationship_type: string;
        };
        CreateAccountRelationshipResponseBody: {
            data?: components["schemas"]["AccountRelationship"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        CreateAccountRequest: {
            /** @description The type of the account. Must be one of "customer", "internal", "community", or "partner". Defaults to "customer" if not specified. */
            account_type?: string;
            /** @description An array of channels to be linked to this account. */
            channels?: components["schemas"]["Channel"][];
            /** @description An array of custom fields to be used on this account. */
            custom_fields?: components["schemas"]["CustomFieldValue"][];
            /** @description Deprecated. Please use Domains and PrimaryDomain instead. */
            domain?: string;
            /** @description The domains of the account, without any leading scheme, for example stripe.com. Must specify one domain as primary. */
            domains?: string[];
            /** @description An array of external IDs to be used on this account. If provided, the accounts external IDs will be updated to the given external IDs. */
            external_ids?: components["schemas"]["ExternalID"][];
            /** @description The logo URL of the account. Must be a square .png, .jpg or .jpeg. */
            logo_url?: string;
            /** @description The name of the account. */
            name: string;
            /** @description The ID of the owner of the account. */
            owner_id?: string;
            /** @description Must be in the list of domains. If there are any domains, there must be exactly one primary domain. */
            primary_domain?: string;
            /** @description An array of account IDs to be added as subaccounts to this account. For normal accounts, these represent subaccounts. For partner accounts, these represent associated accounts. */
            subaccount_ids?: string[];
            /** @description An array of strings to use as tags on this account. If provided, the accounts tags will be updated to the given tags. */
            tags?: string[];
        };
        CreateAccountResponseBody: {
            data?: components["schemas"]["Account"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        CreateActivityRequest: {
            /** @description Optional HTML content to display in the activity. */
            body_html?: string;
            /** @description Optional contact ID of the actor of the activity. */
            contact_id?: string;
            /** @description Timestamp (RFC3339) of when the activity happened. Defaults to the current time if empty. */
            happened_at?: string;
            /** @description Optional link to add to the activity. */
            link?: string;
            /** @description Optional link text to display on the activity. Defaults to "Open link" if not provided. Applies only if a link is provided. */
            link_text?: string;
            /** @description The slug of the activity to create. */
            slug: string;
            /** @description Optional user ID of the actor of the activity. */
            user_id?: string;
        };
        CreateActivityResponseBody: {
            data?: components["schemas"]["CreateActivityResponseData"];
            request_id?: string;
        };
        CreateActivityResponseData: {
            success?: boolean;
        };
        CreateAttachmentResponseBody: {
            data?: components["schemas"]["Attachment"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        CreateContactRequestBody: {
            /** @description The external ID of the account that this contact belongs to. Cannot be used together with account_id. */
            account_external_id?: string;
            /** @description The account that this contact belongs to. */
            account_id?: string;
            /** @description The avatar URL of the contact. Must be a square .png, .jpg or .jpeg. */
            avatar_url?: string;
            /** @description An array of custom fields to be applied to this contact. */
            custom_fields?: components["schemas"]["CustomFieldValue"][];
            /** @description The email of the contact. */
            email?: string;
            /** @description An array of external IDs to be used on this contact. */
            external_ids?: components["schemas"]["ExternalID"][];
            /** @description The name of the contact. */
            name: string;
            /** @description The phone numbers of the contact. Must contain only digits 0-9 and be 15 digits or less. */
            phone_numbers?: string[];
            /**
             * @description The portal role to assign to the contact. If not provided uses the default portal role from the portal settings.
             * @enum {string}
             */
            portal_role?: "no_access" | "member" | "admin";
            /** @description The ID of the custom portal role to assign to the contact. Takes precedence over portal_role if provided. */
            portal_role_id?: string;
            /** @description The primary phone number. Must be in the list of phone_numbers. If there are any phone_numbers and this is not specified, the first phone number will be primary. */
            primary_phone_number?: string;
        };
        CreateContactResponseBody: {
            data?: components["schemas"]["Contact"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        CreateCustomFieldRequestBody: {
            /** @description The default value for single-valued custom fields. */
            default_value?: string;
            /** @description The default values for multi-valued custom fields. */
            default_values?: string[];
            /** @description The description of the custom field. */
            description?: string;
            /** @description The label of the custom field. */
            label: string;
            /** @description The object type of the custom field. Can be "account", "issue", "contact", "task", "project", "meeting", or "opportunity". */
            object_type: string;
            /** @description The list options of the select custom field. This is only present for select and multiselect custom fields. */
            select_options?: components["schemas"]["CustomFieldDefinitionSelectOption"][];
            /** @description The slug of the custom field. */
            slug?: string;
            /** @description The type of the custom field. Can be one of `text`, `number`, `decimal`, `boolean`, `date`, `datetime`, `user`, `url`, `select`, or `multiselect`. */
            type: string;
        };
        CreateCustomFieldResponseBody: {
            data?: components["schemas"]["CustomFieldDefinition"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        CreateIssueNoteRequestBody: {
            /** @description URLs of files to attach to this internal note. */
            attachment_urls?: string[];
            /** @description The body of the message in HTML. */
            body_html: string;
            /** @description The ID of an internal note whose thread should receive the new note. Use the top-level `id` from GET /issues/{id}/messages. Cannot be combined with thread_id. */
            message_id?: string;
            /** @description The ID of the internal thread to post the note to. Use the `id` field (not `thread_id`) from GET /issues/{id}/threads. Cannot be combined with message_id. */
            thread_id?: string;
            /** @description Optional name for a new Pylon-only internal thread. Used only when neither thread_id nor message_id is provided and no Slack-backed internal thread exists. */
            thread_name?: string;
            /** @description Optional user ID to post the message as. If not provided, the API token user will be used. */
            user_id?: string;
        };
        CreateIssueNoteResponseBody: {
            data?: components["schemas"]["CreateIssueNoteResponseData"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        CreateIssueNoteResponseData: {
            /** @description The ID of the message. */
            id?: string;
            /** @description The ID of the issue. */
            issue_id?: string;
        };
        /**
         * CreateIssueReplyEmailInfo
         * @description Recipient information for replies to email conversations.
         *
         *     Provide at least one address across to_emails, cc_emails, and bcc_emails.
         *
         *     Recipients are not inferred from the referenced message.
         */
        CreateIssueReplyEmailInfo: {
            /** @description The blind-carbon-copy recipients of the email reply. */
            bcc_emails?: string[];
            /** @description The carbon-copy recipients of the email reply. */
            cc_emails?: string[];
            /** @description The primary recipients of the email reply. */
            to_emails?: string[];
        };
        CreateIssueReplyRequestBody: {
            /** @description URLs of files to attach to this reply. */
            attachment_urls?: string[];
            /** @description The body of the message in HTML. */
            body_html: string;
            /** @description Optional contact ID to post the message as. Only one of user_id or contact_id can be provided. */
            contact_id?: string;
            custom_source?: components["schemas"]["CustomSourceInfo"];
            email_info?: components["schemas"]["CreateIssueReplyEmailInfo"];
            /** @description The top-level Pylon message ID to reply to, from the `id` field returned by GET /issues/{id}/messages. The message must belong to the issue in the request path and must be customer-visible, not an internal note. This selects the external conversation or thread where the reply is delivered. For email, it also sets the In-Reply-To and References chain. Do not use a provider-specific message ID or email_info.message_id. */
            message_id: string;
            /** @description Optional user ID to post the message as. Only one of user_id or contact_id can be provided. */
            user_id?: string;
        };
        CreateIssueReplyResponseBody: {
            data?: components["schemas"]["CreateIssueReplyResponseData"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        CreateIssueReplyResponseData: {
            /** @description The ID of the message. */
            id?: string;
            /** @description The ID of the issue. */
            issue_id?: string;
        };
        CreateIssueRequest: {
            /** @description The account that this issue belongs to. If requester_id is also provided, the requester must belong to this account. If requester_email is provided, the contact is found or created in this account. */
            account_id?: string;
            /** @description The user the issue should be assigned to. */
            assignee_id?: string;
            /** @description URLs of files to attach to the issue's first message. */
            attachment_urls?: string[];
            /** @description Whether the requester's identity has NOT been verified. Defaults to false (verified). */
            author_unverified?: boolean;
            /** @description The HTML content of the body of the issue. */
            body_html: string;
            /** @description The contact to attribute the first message to. This controls the message author, not the issue requester. Makes the message appear as a customer message rather than an internal note. Only one of user_id or contact_id can be provided. Requires destination_metadata. */
            contact_id?: string;
            /** @description Timestamp of when the issue was created. If not specified, the current time will be used. (RFC3339) */
            created_at?: string;
            /** @description An array of custom fields to be used on this issue. */
            custom_fields?: components["schemas"]["CustomFieldValue"][];
            /** @description Whether the issue should be visible in the customer portal. */
            customer_portal_visible?: boolean;
            destination_metadata?: components["schemas"]["DestinationMetadata"];
            /** @description The priority of the issue. Can be one of: urgent, high, medium, or low. */
            priority?: string;
            /** @description The URL of an avatar of the requester. */
            requester_avatar_url?: string;
            /** @description The email of the customer this issue is for. Used when requester_id is omitted. If no matching contact exists, one will be created. When account_id is provided, the contact is found or created in that account. This does not control who authored the first message. */
            requester_email?: string;
            /** @description The customer this issue is for. Sets the "Requester" shown in the issue sidebar but does not control who authored the first message. If account_id is omitted, the requester's primary account is used when available. If requester_email is also provided, requester_id takes precedence. */
            requester_id?: string;
            /** @description The optional full name of the requester. Used when creating a new contact via requester_email. */
            requester_name?: string;
            /** @description An array of strings to use as tags on this issue. If provided, the issue tags will be updated to the given tags. */
            tags?: string[];
            /** @description The ID of the team this issue should be assigned to. */
            team_id?: string;
            /** @description The title of the issue. */
            title: string;
            /** @description The internal Pylon user to attribute the first message to. This does not assign the user as the requester. Only one of user_id or contact_id can be provided. If neither is set, the API token's user is used. */
            user_id?: string;
        };
        CreateIssueResponseBody: {
            data?: components["schemas"]["Issue"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        CreateIssueThreadRequestBody: {
            /** @description The name of the thread. */
            name?: string;
        };
        CreateIssueThreadResponseBody: {
            data?: components["schemas"]["IssueThread"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        CreateTagRequestBody: {
            /** @description The hex code of the tag's color. */
            hex_color?: string;
            /** @description The object type of the associated object. Can be "account", "article", or "issue". */
            object_type: string;
            /** @description The tag value. */
            value: string;
        };
        CreateTagResponseBody: {
            data?: components["schemas"]["Tag"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        CreateTeamRequestBody: {
            /** @description The name of the team. */
            name?: string;
            /** @description The list of user IDs to add to the team. */
            user_ids?: string[];
        };
        CreateTeamResponseBody: {
            data?: components["schemas"]["Team"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        CRMDetails: {
            /** @description The ID of the CRM for that source. */
            id?: string;
            /** @description The source of the CRM. */
            source?: string;
        };
        CRMSettings: {
            /** @description List of all CRM details for the account. */
            details?: components["schemas"]["CRMDetails"][];
        };
        CSATResponse: {
            /** @description The comment of the CSAT response. */
            comment?: string;
            /** @description The score of the CSAT response. */
            score?: number;
        };
        CustomFieldDefinition: {
            /** @description When the custom field was created. */
            created_at?: string;
            /** @description The default value for single-valued custom fields. */
            default_value?: string;
            /** @description The default values for multi-valued custom fields. */
            default_values?: string[];
            /** @description The description of the custom field. */
            description?: string;
            /** @description The ID of the custom field. */
            id?: string;
            /** @description Whether the custom field is read only. Fields synced from apps and integrations are read-only. */
            is_read_only?: boolean;
            /** @description The label of the custom field. */
            label?: string;
            number_metadata?: components["schemas"]["NumberMetadata"];
            /** @description The type of object this custom field is for. Can be "account", "issue", or "contact". */
            object_type?: string;
            select_metadata?: components["schemas"]["SelectMetadata"];
            /** @description The slug of the custom field. */
            slug?: string;
            /** @description The source of the custom field. */
            source?: string;
            /** @description The type of the custom field. */
            type?: string;
            /** @description When the custom field was last updated. */
            updated_at?: string;
        };
        CustomFieldDefinitionSelectOption: {
            /** @description The AI description of the option. This is used to help the AI understand when to select this option. */
            ai_description?: string;
            /** @description The label of the option. */
            label?: string;
            /** @description The slug of the option. */
            slug?: string;
        };
        CustomFieldValue: {
            /** @description The slug of the custom field. */
            slug?: string;
            /** @description The value of the custom field. Only to be used for single-valued custom fields. If unset, the custom field will be unset. If the custom field is a select field, the value must be the select option slug, which you can find from the GET /custom-fields endpoint. If the custom field is a relationship field, the value must be the related object ID. */
            value?: string;
            /** @description The values of the custom field. Only to be used for multi-valued custom fields (ex. multiselect). If unset, the custom field will be unset. If the custom field is a multiselect field, the values must be the select option slugs which you can find from the GET /custom-fields endpoint. */
            values?: string[];
        };
        /** CustomSourceInfo contains metadata for messages on custom source issues. */
        CustomSourceInfo: {
            /** @description The timestamp of when the message was created in the external system. (RFC3339) */
            created_at?: string;
            /** @description The external ID of this message in the custom system. */
            external_id: string;
            /** @description Arbitrary metadata to store with the message. */
            metadata?: {
                [key: string]: unknown;
            };
        };
        DeleteAccountHighlightResponseBody: {
            data?: components["schemas"]["DeleteAccountHighlightResponseData"];
            request_id?: string;
        };
        DeleteAccountHighlightResponseData: {
            success?: boolean;
        };
        DeleteAccountRelationshipResponseBody: {
            data?: components["schemas"]["AccountRelationship"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        DeleteAccountResponseBody: {
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        DeleteContactResponseBody: {
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        DeleteIssueResponseBody: {
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        DeleteMessageResponseBody: {
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        DeleteTagResponseBody: {
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        /**
         * DestinationMetadata
         * @description Specifies if/how communication will be delivered to the customer.
         *
         *     You can configure the issue to contact the requester via email, Slack, in-app chat, SMS, WhatsApp, or not at all.
         *
         *     If a destination other than `internal` is specified, a message with the issue's BodyHTML will be delivered to the requester.
         *
         *     To avoid contacting the requester, omit destination_metadata from the create-issue request or specify the `internal` destination.
         *
         *     If destination_metadata is provided, destination is required.
         */
        DestinationMetadata: {
            /** @description The ID of the chat widget app to use for in-app chat. */
            chat_widget_app_id?: string;
            /**
             * @description The destination type of the issue. Can be "email", "slack", "in_app_chat", "sms", "whatsapp", or "internal". Required when destination_metadata is provided. To create an internal issue, omit destination_metadata or set this field to "internal".
             *
             *     `slack`: Deliver to the issue's account's Slack channel.
             *
             *     `email`: Deliver messages to the issue requester via email.
             *
             *     `in_app_chat`: Deliver messages to the issue requester via in-app chat.
             *
             *     `internal`: Keep the issue internal and don't contact the requester at all.
             *
             *     `sms`: Deliver messages to the issue requester via SMS.
             *
             *     `whatsapp`: Deliver messages to the issue requester via WhatsApp.
             * @enum {string}
             */
            destination: "slack" | "email" | "in_app_chat" | "internal" | "sms" | "whatsapp";
            /** @description The email that emails to the requester will be sent from. You must configure an email app in Pylon with this address. */
            email?: string;
            /** @description Emails that will be BCCed on emails to the requester. */
            email_bccs?: string[];
            /** @description Emails that will be CCed on emails to the requester. */
            email_ccs?: string[];
            /** @description The ID of the Telnyx phone number to send SMS from. Required if destination is "sms". */
            from_sms_phone_number_id?: string;
            /** @description The ID of the WhatsApp app to send messages from. Required if destination is "whatsapp". */
            whatsapp_app_id?: string;
            /** @description The language of the WhatsApp message template to use. Required if destination is "whatsapp". */
            whatsapp_message_template_language?: string;
            /** @description The name of the WhatsApp message template to use. Required if destination is "whatsapp". */
            whatsapp_message_template_name?: string;
        };
        EmailMessageInfo: {
            /** @description The email addresses of the BCC recipients of the message. */
            bcc_emails?: string[];
            /** @description The email addresses of the CC recipients of the message. */
            cc_emails?: string[];
            /** @description The email address of the sender of the message. */
            from_email?: string;
            /** @description MessageID is the RFC 5322 Message-ID header value for this email. */
            message_id?: string;
            /** @description The email addresses of the recipients of the message. */
            to_emails?: string[];
        };
        /** @description The error envelope of every 4xx and 5xx answer. */
        ErrorEnvelope: {
            /** @description What went wrong, one message per problem. */
            errors: string[];
            /** @description On a duplicate (400): the id of the object that already exists. */
            exists_id?: string;
            /** @description The request id, also sent as the X-Request-Id header. */
            request_id: string;
        };
        ExternalID: {
            /** @description The external ID. Must be unique per object type (ex. account). */
            external_id?: string;
            /** @description The label of the external ID. Must be unique per object. */
            label?: string;
        };
        ExternalIssue: {
            /**
             * @description The external ID of the external issue.
             *
             *     Jira: ID of the issue (autoincrementing number from 10000).
             *
             *     GitHub: Owner/Repo/IssueID.
             *
             *     Linear: ID of the issue (UUID).
             *
             *     Asana: ID of the task (Long number).
             */
            external_id?: string;
            /** @description Link to the product issue. */
            link?: string;
            /** @description The source of the external issue. */
            source?: string;
        };
        Follower: {
            /** @description The ID of the follower. Either a user or contact ID. */
            id?: string;
            /**
             * @description The type of follower. Either "user" or "contact".
             * @enum {string}
             */
            type?: "user" | "contact";
        };
        GetAccountRelationshipsResponseBody: {
            /** @description The data payload of the response. */
            data?: components["schemas"]["AccountRelationship"][];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        GetAccountResponseBody: {
            data?: components["schemas"]["Account"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        GetAccountsResponseBody: {
            /** @description The data payload of the response. */
            data?: components["schemas"]["Account"][];
            pagination?: components["schemas"]["Pagination"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        GetActivityTypesResponseBody: {
            /** @description The data payload of the response. */
            data?: components["schemas"]["ActivityType"][];
            pagination?: components["schemas"]["Pagination"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        GetAuditLogsResponseBody: {
            /** @description The data payload of the response. */
            data?: components["schemas"]["AuditLog"][];
            pagination?: components["schemas"]["Pagination"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        GetContactResponseBody: {
            data?: components["schemas"]["Contact"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        GetContactsResponseBody: {
            /** @description The data payload of the response. */
            data?: components["schemas"]["Contact"][];
            pagination?: components["schemas"]["Pagination"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        GetCustomFieldResponseBody: {
            data?: components["schemas"]["CustomFieldDefinition"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        GetCustomFieldsResponseBody: {
            /** @description The data payload of the response. */
            data?: components["schemas"]["CustomFieldDefinition"][];
            pagination?: components["schemas"]["Pagination"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        GetIssueFollowersResponseBody: {
            /** @description The data payload of the response. */
            data?: components["schemas"]["Follower"][];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        GetIssueMessagesResponseBody: {
            /** @description The data payload of the response. */
            data?: components["schemas"]["Message"][];
            pagination?: components["schemas"]["Pagination"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        GetIssueResponseBody: {
            data?: components["schemas"]["Issue"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        GetIssuesResponseBody: {
            /** @description The data payload of the response. */
            data?: components["schemas"]["Issue"][];
            pagination?: components["schemas"]["Pagination"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        GetIssueStatusesResponseBody: {
            /** @description The data payload of the response. */
            data?: components["schemas"]["IssueStatus"][];
            pagination?: components["schemas"]["Pagination"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        GetMeResponseBody: {
            data?: components["schemas"]["Me"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        GetTagResponseBody: {
            data?: components["schemas"]["Tag"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        GetTagsResponseBody: {
            /** @description The data payload of the response. */
            data?: components["schemas"]["Tag"][];
            pagination?: components["schemas"]["Pagination"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        GetTeamResponseBody: {
            data?: components["schemas"]["Team"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        GetTeamsResponseBody: {
            /** @description The data payload of the response. */
            data?: components["schemas"]["Team"][];
            pagination?: components["schemas"]["Pagination"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        GetTicketFormResponseBody: {
            data?: components["schemas"]["TicketForm"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        GetTicketFormsResponseBody: {
            /** @description The data payload of the response. */
            data?: components["schemas"]["TicketForm"][];
            pagination?: components["schemas"]["Pagination"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        GetUserResponseBody: {
            data?: components["schemas"]["User"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        GetUserRolesResponseBody: {
            /** @description The data payload of the response. */
            data?: components["schemas"]["UserRole"][];
            pagination?: components["schemas"]["Pagination"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        GetUsersResponseBody: {
            /** @description The data payload of the response. */
            data?: components["schemas"]["User"][];
            pagination?: components["schemas"]["Pagination"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        ImportContactRequestBody: {
            /** @description The account that this contact belongs to. */
            account_id?: string;
            /** @description The avatar URL of the contact. Must be a square .png, .jpg or .jpeg. */
            avatar_url?: string;
            /** @description An array of custom fields to be applied to this contact. */
            custom_fields?: components["schemas"]["CustomFieldValue"][];
            /** @description The email of the contact. */
            email: string;
            /** @description The name of the contact. */
            name: string;
            /** @description The phone numbers of the contact. Must contain only digits 0-9 and be 15 digits or less. */
            phone_numbers?: string[];
            /**
             * @description The portal role to assign to the contact. If not provided uses the default portal role from the portal settings.
             * @enum {string}
             */
            portal_role?: "no_access" | "member" | "admin";
            /** @description The primary phone number. Must be in the list of phone_numbers. If there are any phone_numbers and this is not specified, the first phone number will be primary. */
            primary_phone_number?: string;
        };
        ImportContactResponseBody: {
            data?: components["schemas"]["Contact"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        ImportExternalIssue: {
            /** @description The ID of the external issue in the source system. */
            external_issue_id: string;
            /** @description The source system of the external issue (e.g., "linear", "asana", "jira", "github"). */
            source: string;
        };
        ImportIssueExternalRefs: {
            /** @description The Intercom conversation ID associated with this issue, if any. */
            intercom_conversation_id?: string;
            /** @description The Zendesk ticket ID associated with this issue, if any. */
            zendesk_ticket_id?: string;
        };
        ImportIssueMessage: {
            /** @description An array of attachment URLs to attach to this message. */
            attachment_urls?: string[];
            /** @description The HTML content of the message. */
            body_html: string;
            /** @description The contact that sent the message. Only one of user_id or contact_id can be specified. */
            contact_id?: string;
            /** @description CreatedAt is the time the message was created (RFC3339). */
            created_at?: string;
            /** @description Whether the message is private. */
            is_private: boolean;
            /** @description The user that sent the message. Only one of user_id or contact_id can be specified. */
            user_id?: string;
        };
        ImportIssueRequest: {
            /** @description AccountID that the issue should belong to. */
            account_id?: string;
            /** @description UserID that the issue should be assigned to. */
            assignee_id?: string;
            /** @description An array of attachment URLs to attach to this issue. */
            attachment_urls?: string[];
            /** @description CreatedAt is the time the issue was created (RFC3339). */
            created_at?: string;
            /** @description An array of custom fields to be used on this issue. */
            custom_fields?: components["schemas"]["CustomFieldValue"][];
            /** @description External issues to link to this issue. */
            external_issues?: components["schemas"]["ImportExternalIssue"][];
            external_refs?: components["schemas"]["ImportIssueExternalRefs"];
            /** @description FirstResponseTime is the time the issue was first responded to (RFC3339). */
            first_response_time?: string;
            /**
             * @description An optional issue number to preserve from the platform the issue is being imported from.
             *
             *     Usually, do not set this field. Pylon normally assigns its own auto-incrementing ticket numbers.
             *
             *     Use it only for customers who require their historical ticket numbers to be preserved.
             *
             *     When set, it must be positive and lower than the organization's current ticket number counter.
             */
            issue_number?: number;
            /** @description Messages to be imported for this issue. At least one message is required. */
            messages: components["schemas"]["ImportIssueMessage"][];
            /** @description ContactID that the issue should be on behalf of. */
            requester_id?: string;
            /** @description ResolutionTime is the time the issue was resolved (RFC3339). */
            resolution_time?: string;
            /** @description The state of the issue. Can be one of new, waiting_on_you, waiting_on_customer, on_hold, closed, or a custom status. */
            state: string;
            /** @description An array of strings to use as tags on this issue. */
            tags?: string[];
            /** @description TeamID that the issue should be assigned to. */
            team_id?: string;
            /** @description The title of the issue. */
            title: string;
            /** @description UpdatedAt is the time the issue was last updated (RFC3339). */
            updated_at?: string;
        };
        ImportIssueResponseBody: {
            data?: components["schemas"]["Issue"];
            /** @description The request ID for tracking. */
            request_id?: string;
            warnings?: components["schemas"]["ImportWarnings"];
        };
        ImportMessagesRequest: {
            /** @description Messages to be imported for this issue. At least one message is required. */
            messages: components["schemas"]["ImportIssueMessage"][];
        };
        ImportMessagesResponseBody: {
            data?: components["schemas"]["Issue"];
            /** @description The request ID for tracking. */
            request_id?: string;
            warnings?: components["schemas"]["ImportWarnings"];
        };
        /** ImportWarnings carries non-fatal issues encountered during an import; the ticket is still created. */
        ImportWarnings: {
            /** @description Attachment URLs that were skipped because they failed security validation. Present only when at least one was skipped. */
            skipped_attachments?: string[];
        };
        IntegrationUserID: {
            /** @description The user ID in the external system. */
            id?: string;
            /** @description The integration source (e.g., "slack", "intercom", "hubspot"). */
            source?: string;
        };
        Issue: {
            account?: components["schemas"]["MiniAccount"];
            /** @description Active time spent on the issue broken down per user, if any. */
            active_time_by_user?: components["schemas"]["ActiveTimeByUser"][];
            /** @description The total active time spent on the issue in seconds, if any. Equals the sum of the per-user active time. */
            active_time_seconds?: number;
            assignee?: components["schemas"]["MiniUser"];
            /** @description The attachment URLs attached to this issue, if any. */
            attachment_urls?: string[];
            /** @description Whether any message on the issue has an unverified author identity. True if any message author's identity has NOT been verified (e.g., from public forms). */
            author_unverified?: boolean;
            /** @description The body of the issue in HTML format. */
            body_html?: string;
            /** @description The total business-hours active time spent on the issue in seconds, if any. Equals the sum of the per-user business-hours active time. */
            business_hours_active_time_seconds?: number;
            /** @description The business hours time in seconds it took for the first response to the issue, if any. */
            business_hours_first_response_seconds?: number;
            /** @description The business hours time in seconds it took for the issue to be resolved, if any. */
            business_hours_resolution_seconds?: number;
            /** @description A map of status slug to the business hours time in seconds the issue has spent in that status. Includes both base statuses (e.g. "new", "waiting_on_you") and custom statuses. */
            business_hours_time_in_status_seconds?: {
                [key: string]: number;
            };
            chat_widget_info?: components["schemas"]["IssueChatWidgetInfo"];
            /** @description The child issues in this group, if this issue is an issue group. */
            child_issues?: components["schemas"]["MiniIssue"][];
            /** @description The time the issue was created. */
            created_at?: string;
            /** @description The CSAT responses of the issue, if any. */
            csat_responses?: components["schemas"]["CSATResponse"][];
            /** @description Custom field values associated with the issue. */
            custom_fields?: {
                [key: string]: components["schemas"]["CustomFieldValue"];
            };
            /** @description Whether the issue is visible in the customer portal. */
            customer_portal_visible?: boolean;
            /** @description The external issues associated with the issue, if any. */
            external_issues?: components["schemas"]["ExternalIssue"][];
            /** @description The time by which the issue's first response SLA will breach, if any. Only present for issues with an active first response SLA. */
            first_response_breach_time?: string;
            /** @description The time in seconds it took for the first response to the issue, if any. */
            first_response_seconds?: number;
            /** @description The time of the first response to the issue, if any. */
            first_response_time?: string;
            /** @description The ID of the issue. */
            id?: string;
            /** @description The time of the latest message in the issue. */
            latest_message_time?: string;
            /** @description The link to the issue in Pylon. */
            link?: string;
            /** @description The number of the issue. */
            number?: number;
            /** @description The number of times the issue has been touched. */
            number_of_touches?: number;
            parent_issue_group?: components["schemas"]["MiniIssue"];
            requester?: components["schemas"]["MiniContact"];
            /** @description The time by which the issue's resolution SLA will breach, if any. Only present for open issues with an active resolution SLA. */
            resolution_breach_time?: string;
            /** @description The time in seconds it took for the issue to be resolved, if any. */
            resolution_seconds?: number;
            /** @description The time of the resolution of the issue, if any. */
            resolution_time?: string;
            slack?: components["schemas"]["SlackInfo"];
            /** @description The time the issue was snoozed until in RFC3339 format, if any. */
            snoozed_until_time?: string;
            /**
             * @description The source of the issue.
             * @enum {string}
             */
            source?: "slack" | "microsoft_teams" | "microsoft_teams_chat" | "chat_widget" | "email" | "manual" | "form" | "discord" | "whatsapp" | "sms" | "telegram" | "phone";
            /** @description The state of the issue. This could be one of `["new", "waiting_on_you", "waiting_on_customer", "on_hold", "closed"] or a custom status slug. */
            state?: string;
            /** @description Tags associated with the issue. */
            tags?: string[];
            team?: components["schemas"]["MiniTeam"];
            /** @description The team-scoped SLAs on the issue, if any. One entry per team, mirroring the issue-level first response and resolution SLA fields. */
            team_slas?: components["schemas"]["TeamSLA"][];
            /** @description A map of status slug to the time in seconds the issue has spent in that status. Includes both base statuses (e.g. "new", "waiting_on_you") and custom statuses. */
            time_in_status_seconds?: {
                [key: string]: number;
            };
            /** @description The title of the issue. */
            title?: string;
            /**
             * @description The type of the issue.
             *
             *     `conversation`: A conversation.
             *
             *     `ticket`: A support ticket.
             * @enum {string}
             */
            type?: "conversation" | "ticket";
            /** @description The time the issue was last updated. */
            updated_at?: string;
        };
        IssueChatWidgetInfo: {
            /** @description The URL of the page that the user was on when they started the chat widget issue. */
            page_url?: string;
        };
        IssueStatus: {
            /** @description The category of the issue status. */
            category?: string;
            /** @description Indicates if the issue status is archived. */
            is_archived?: boolean;
            /** @description Indicates if the issue status is a default status. */
            is_default_status?: boolean;
            /** @description The label of the issue status. */
            label?: string;
            /** @description The slug of the issue status. */
            slug?: string;
        };
        /**
         * IssueThread
         * @description A thread of notes on an issue, for internal discussions not visible to the customer.
         *
         *     Threads can be created manually through the UI or from triggers.
         *
         *     If a channel ID is set, this thread is being synced with a chat platform.
         */
        IssueThread: {
            /** @description The ID of the channel that the thread belongs to, if the thread is being synced with a chat platform. */
            channel_id?: string;
            /** @description The ID of the thread. */
            id?: string;
            /** @description The issue ID that the thread belongs to. */
            issue_id?: string;
            /** @description The name of the thread. */
            name?: string;
            /** @description The source of the thread. */
            source?: string;
            /** @description The ID of the thread that the thread belongs to, if the thread is being synced with a chat platform. A thread ID for Slack would be the thread timestamp. */
            thread_id?: string;
        };
        LinkExternalIssueRequestBody: {
            /** @description The ID of the external issue in the source system. */
            external_issue_id: string;
            /** @description Operation to perform. Use "link" to link issues (default) or "unlink" to unlink issues. */
            operation?: string;
            /** @description The source system of the external issue (e.g., "linear", "asana", "jira", "github", "shortcut"). */
            source: string;
        };
        LinkExternalIssueResponseBody: {
            data?: components["schemas"]["Issue"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        Me: {
            /** @description The ID of the organization. */
            id?: string;
            /** @description The name of the organization. */
            name?: string;
            user?: components["schemas"]["MeUser"];
        };
        MergeAccountsRequest: {
            /** @description The IDs of the accounts to merge into the surviving account. These accounts are permanently deleted after their data is transferred. The number of accounts to merge must be between 1 and 100. */
            merge_account_ids: string[];
            /** @description The ID of the account that will survive the merge and receive the merged data. */
            merge_into_account_id: string;
        };
        MergeAccountsResponseBody: {
            data?: components["schemas"]["Account"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        Message: {
            author?: components["schemas"]["MessageAuthor"];
            email_info?: components["schemas"]["EmailMessageInfo"];
            /** @description The URLs of the files in the message, if any. */
            file_urls?: string[];
            /** @description The ID of the message. */
            id?: string;
            /** @description Indicates if the message is private. */
            is_private?: boolean;
            /** @description The HTML body of the message. */
            message_html?: string;
            /** @description The source of the message. */
            source?: string;
            /** @description The ID of the thread the message belongs to. This is only set for internal notes. */
            thread_id?: string;
            /** @description The time at which the message was created. */
            timestamp?: string;
        };
        MessageAuthor: {
            avatar_url?: string;
            contact?: components["schemas"]["MiniContact"];
            name?: string;
            user?: components["schemas"]["MiniUser"];
        };
        MeUser: {
            /** @description The primary login email of the authenticated user. API users do not have a login email. */
            email?: string;
            /** @description The stable Pylon ID of the authenticated user. */
            id?: string;
        };
        MiniAccount: {
            /** @description External IDs associated with the account. */
            external_ids?: components["schemas"]["ExternalID"][];
            /** @description The ID of the account. */
            id?: string;
        };
        MiniContact: {
            /** @description The email of the contact. */
            email?: string;
            /** @description The ID of the contact. */
            id?: string;
        };
        MiniIssue: {
            /** @description The ID of the issue. */
            id?: string;
            /** @description The number of the issue. */
            number?: number;
        };
        MiniRole: {
            /** @description The ID of the role. */
            id?: string;
            /** @description The name of the role. */
            name?: string;
            /** @description The slug of the role. */
            slug?: string;
        };
        MiniTeam: {
            /** @description The ID of the team. */
            id?: string;
        };
        MiniUser: {
            /** @description The email of the user. */
            email?: string;
            /** @description The ID of the user. */
            id?: string;
        };
        MirrorChannel: {
            /** @description The ID of the channel. If this is a Microsoft Teams channel, the ID must be in the format of `{team_id}|{channel_id}`. */
            channel_id?: string;
            /** @description The source, which can be one of `["slack", "microsoft_teams", "discord"]`. */
            source?: string;
        };
        /** @description The error envelope naming what does not answer. */
        NotReady: {
            /** @description Each backing service (database, Redis when configured): ok or down. */
            checks: {
                [key: string]: "ok" | "down";
            };
            /** @description What went wrong, one message per problem. */
            errors: string[];
            /** @description The request id, also sent as the X-Request-Id header. */
            request_id: string;
        };
        NumberMetadata: {
            /** @description The currency of the number custom field. */
            currency?: string;
            /** @description The decimal places of the number custom field. */
            decimal_places?: number;
            /** @description The display format for duration format (auto, minutes, hours, days, months, years). */
            duration_display_format?: string;
            /** @description The input unit for duration format (seconds, minutes, hours, days). */
            duration_input_unit?: string;
            /**
             * @description The format of the number custom field.
             * @enum {string}
             */
            format?: "with_commas" | "percent" | "currency" | "duration";
        };
        Pagination: {
            /** @description The cursor for the next page of results. */
            cursor: string;
            /** @description Indicates if there is a next page of results. */
            has_next_page: boolean;
        };
        RedactMessageResponseBody: {
            data?: components["schemas"]["Message"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        SearchAccountsResponseBody: {
            /** @description The data payload of the response. */
            data?: components["schemas"]["Account"][];
            pagination?: components["schemas"]["Pagination"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        SearchContactsResponseBody: {
            /** @description The data payload of the response. */
            data?: components["schemas"]["Contact"][];
            pagination?: components["schemas"]["Pagination"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        SearchIssuesResponseBody: {
            data?: components["schemas"]["Issue"][];
            pagination?: components["schemas"]["Pagination"];
            request_id?: string;
        };
        SearchUsersResponseBody: {
            /** @description The data payload of the response. */
            data?: components["schemas"]["User"][];
            pagination?: components["schemas"]["Pagination"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        SelectMetadata: {
            /** @description The list options of the select custom field. This is only present for select and multiselect custom fields. */
            options?: components["schemas"]["CustomFieldDefinitionSelectOption"][];
        };
        SlackInfo: {
            /** @description The Slack channel ID associated with the issue. */
            channel_id?: string;
            /** @description The root message ID of slack message that started issue. */
            message_ts?: string;
            /** @description The Slack workspace ID associated with the issue. */
            workspace_id?: string;
        };
        SLATimes: {
            /** @description The time at which it breaches (or has breached), if any. */
            breach_time?: string;
            /** @description The elapsed business-hours time in seconds, if any. */
            business_hours_seconds?: number;
            /** @description The elapsed time in seconds, if any. */
            seconds?: number;
            /** @description The time it was reached, if any. */
            time?: string;
        };
        SnoozeIssueRequestBody: {
            /** @description The date and time to snooze the issue until. (RFC3339) */
            snooze_until: string;
        };
        SnoozeIssueResponseBody: {
            data?: components["schemas"]["Issue"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        Tag: {
            /** @description The hex code of the tag's color. */
            hex_color?: string;
            /** @description The ID of the tag. */
            id?: string;
            /** @description The object type of the tagged object. */
            object_type?: string;
            /** @description The value of the Tag. */
            value?: string;
        };
        Team: {
            /** @description The ID of the team. */
            id?: string;
            /** @description The name of the team. */
            name?: string;
            /** @description The users in the team. */
            users?: components["schemas"]["MiniUser"][];
        };
        TeamSLA: {
            first_response?: components["schemas"]["SLATimes"];
            resolution?: components["schemas"]["SLATimes"];
            /** @description The ID of the team these are scoped to. */
            team_id?: string;
        };
        TicketForm: {
            /** @description The description of the ticket form in HTML. */
            description_html?: string;
            /** @description The layout of the ticket form. */
            fields?: components["schemas"]["TicketFormLayoutField"][];
            /** @description The ID of the ticket form. */
            id?: string;
            /** @description Indicates if the ticket form is public. */
            is_public?: boolean;
            /** @description The name of the ticket form. */
            name?: string;
            /** @description The slug of the ticket form. */
            slug?: string;
            /** @description The URL of the ticket form. */
            url?: string;
        };
        TicketFormLayoutField: {
            /** @description The description of the ticket form layout field in HTML. */
            description_html?: string;
            /** @description The name of the ticket form layout field. */
            name?: string;
            /** @description The slug of the ticket form layout field. */
            slug?: string;
            /** @description The type of the ticket form layout field. */
            type?: string;
        };
        UpdateAccountHighlightRequestBody: {
            /** @description The updated HTML content for this highlight. */
            content_html?: string;
            /** @description The updated expires at timestamp (RFC3339). */
            expires_at?: string;
        };
        UpdateAccountHighlightResponseBody: {
            data?: components["schemas"]["AccountHighlight"];
            request_id?: string;
        };
        UpdateAccountRequestBody: {
            /** @description The type of the account. Can only be changed to "customer" or "partner". */
            account_type?: string;
            /** @description An array of channels to be linked to this account. */
            channels?: components["schemas"]["Channel"][];
            /** @description An array of custom fields to be used on this account. */
            custom_fields?: components["schemas"]["CustomFieldValue"][];
            /** @description Domains of the account. Must specify one domain as primary. */
            domains?: string[];
            /** @description An array of external IDs to be used on this account. If provided, the accounts external IDs will be updated to the given external IDs. */
            external_ids?: components["schemas"]["ExternalID"][];
            /** @description Whether the account is disabled. */
            is_disabled?: boolean;
            /** @description Logo URL of the account. */
            logo_url?: string;
            /** @description The name of the account. */
            name?: string;
            /** @description The ID of the owner of the account. If empty string is passed in, the owner will be removed. */
            owner_id?: string;
            /** @description Must be in the list of domains. If there are any domains, there must be exactly one primary domain. */
            primary_domain?: string;
            /** @description An array of account IDs to be added as subaccounts to this account. */
            subaccount_ids?: string[];
            /** @description An array of strings to use as tags on this account. If provided, the accounts tags will be updated to the given tags. */
            tags?: string[];
        };
        UpdateAccountResponseBody: {
            data?: components["schemas"]["Account"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        UpdateAccountsRequest: {
            /** @description The account IDs to update. The number of accounts to update must be between 1 and 100. */
            account_ids: string[];
            /** @description The type of the account. Can only be changed to "customer" or "partner". */
            account_type?: string;
            /** @description An array of custom fields to be updated on the accounts. */
            custom_fields?: components["schemas"]["CustomFieldValue"][];
            /** @description The ID of the new owner. If empty string is passed in, the owner will be removed. */
            owner_id?: string;
            /** @description An array of tags to be updated on the accounts. */
            tags?: string[];
            /** @description The mode for applying tags. Valid values: "append_only", "remove_only", "replace". Defaults to "replace". */
            tags_apply_mode?: string;
        };
        UpdateAccountsResponseBody: {
            /** @description The request ID for tracking. */
            request_id?: string;
            /** @description Whether the update was successfully initiated. */
            success?: boolean;
        };
        /** UpdateContactEmail represents an email entry in the emails array for contact updates. */
        UpdateContactEmail: {
            /** @description The email address. */
            email: string;
            /** @description Whether this is the primary email address. */
            is_primary?: boolean;
        };
        UpdateContactRequestBody: {
            /** @description The external ID of the account to move the contact to. Cannot be used together with account_id. */
            account_external_id?: string;
            /** @description The account to move the contact to. If empty string is passed in, the contact will be removed from its account. */
            account_id?: string;
            /** @description The avatar URL of the contact. Must be a square .png, .jpg or .jpeg. */
            avatar_url?: string;
            /** @description An array of custom fields to be applied to this contact. */
            custom_fields?: components["schemas"]["CustomFieldValue"][];
            /** @description The email of the contact. Cannot be used together with the `emails` array field. */
            email?: string;
            /**
             * @description The emails of the contact as an array. Cannot be used together with the singular `email` field.
             *
             *     Each entry must include an `email` string and an optional `is_primary` boolean.
             *
             *     If no email is marked as primary, the first email becomes the primary.
             */
            emails?: components["schemas"]["UpdateContactEmail"][];
            /** @description An array of external IDs to be used on this contact. If provided, the contact's external IDs will be updated to the given external IDs. */
            external_ids?: components["schemas"]["ExternalID"][];
            /**
             * @description in: body
             *
             *     The name of the contact.
             */
            name?: string;
            /** @description The phone numbers of the contact. Must contain only digits 0-9 and be 15 digits or less. */
            phone_numbers?: string[];
            /**
             * @description The portal role to assign to the contact. Can be one of `no_access`, `member`, or `admin`, or a custom role slug.
             * @enum {string}
             */
            portal_role?: "no_access" | "member" | "admin";
            /** @description The ID of the custom portal role to assign to the contact. Takes precedence over portal_role if provided. */
            portal_role_id?: string;
            /** @description The primary phone number. Must be in the list of phone_numbers. If there are any phone_numbers and this is not specified, the first phone number will be primary. */
            primary_phone_number?: string;
        };
        UpdateContactResponseBody: {
            data?: components["schemas"]["Contact"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        UpdateCustomFieldRequestBody: {
            /** @description The default value for single-valued custom fields. */
            default_value?: string;
            /** @description The default values for multi-valued custom fields. */
            default_values?: string[];
            /** @description The description of the custom field. */
            description?: string;
            /** @description The label of the custom field. */
            label?: string;
            /** @description The list options of the select custom field. This is only present for select and multiselect custom fields. */
            select_options?: components["schemas"]["CustomFieldDefinitionSelectOption"][];
            /** @description The slug of the custom field. */
            slug?: string;
        };
        UpdateCustomFieldResponseBody: {
            data?: components["schemas"]["CustomFieldDefinition"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        UpdateIssueRequestBody: {
            /** @description The ID of the account that this issue belongs to. */
            account_id?: string;
            /** @description The ID of the user who should be assigned to this issue. If empty string is passed in, the issue assignee will be removed. */
            assignee_id?: string;
            /** @description An array of custom fields to be used on this issue. Only passed in fields will be modified. */
            custom_fields?: components["schemas"]["CustomFieldValue"][];
            /** @description Whether the issue should be visible in the customer portal. */
            customer_portal_visible?: boolean;
            /** @description The ID of the requester that this issue is on behalf of. */
            requester_id?: string;
            /** @description Deprecated: Use requester_id instead. */
            requestor_id?: string;
            /** @description The state this issue should be moved to. Can be one of new, waiting_on_you, waiting_on_customer, on_hold, closed, or a custom status. */
            state?: string;
            /** @description An array of strings to use as tags on this issue. If provided, the issue tags will be updated to be exactly the given tags. */
            tags?: string[];
            /** @description The ID of the team this issue should be assigned to. If empty string is passed in, any assigned team will be removed. */
            team_id?: string;
            /** @description The title of the issue. */
            title?: string;
            /**
             * @description The type of the issue. Set to "ticket" to upgrade a conversation to a support ticket. Cannot be downgraded from "ticket" to "conversation".
             *
             *     `conversation`: A conversation.
             *
             *     `ticket`: A support ticket.
             * @enum {string}
             */
            type?: "conversation" | "ticket";
        };
        UpdateIssueResponseBody: {
            data?: components["schemas"]["Issue"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        UpdateTagRequestBody: {
            /** @description The hex code of the tag's color. */
            hex_color?: string;
            /**
             * @description in: body
             *
             *     The name of the tag.
             */
            value?: string;
        };
        UpdateTagResponseBody: {
            data?: components["schemas"]["Tag"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        UpdateTeamRequestBody: {
            /** @description The name of the team. */
            name?: string;
            /** @description The list of user IDs to add to the team. If provided, the team members will be updated to be exactly the given users. */
            user_ids?: string[];
        };
        UpdateTeamResponseBody: {
            data?: components["schemas"]["Team"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        UpdateUserRequestBody: {
            /** @description The avatar URL of the user. Must be a square .png, .jpg or .jpeg. */
            avatar_url?: string;
            /** @description The name of the user. */
            name?: string;
            /** @description The role_id of the user. */
            role_id?: string;
            /** @description The new user status for the user. Can be one of `active`, `away`, or `out_of_office`. */
            status?: string;
        };
        UploadAccountFileResponseBody: {
            /** @description The data payload of the response. */
            data?: components["schemas"]["Attachment"][];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        User: {
            /** @description The avatar URL of the user. */
            avatar_url?: string;
            /** @description The primary email of the user. */
            email?: string;
            /** @description The list of all emails of the user. */
            emails?: string[];
            /** @description The ID of the user. */
            id?: string;
            /** @description The name of the user. */
            name?: string;
            role?: components["schemas"]["MiniRole"];
            /** @description The role_id of the user. */
            role_id?: string;
            /** @description The status of the user. */
            status?: string;
        };
        UserRole: {
            /** @description The ID of the role. */
            id?: string;
            /** @description The name of the role. */
            name?: string;
            /** @description The slug of the role. */
            slug?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    GetAccounts: {
        parameters: {
            query?: {
                /** @description The cursor to use for pagination. */
                cursor?: string;
                /** @description The number of accounts to fetch. Defaults to 100. Must be greater than 0 and less than 1000. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetAccountsResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    CreateAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAccountRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateAccountResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UpdateAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAccountsRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateAccountsResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    CreateAccountHighlight: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID or external ID of the account that the highlight belongs to. */
                account_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAccountHighlightRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateAccountHighlightResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    DeleteAccountHighlight: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID or external ID of the account that the highlight belongs to. */
                account_id: string;
                /** @description The ID of the highlight to delete. */
                highlight_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteAccountHighlightResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UpdateAccountHighlight: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID or external ID of the account that the highlight belongs to. */
                account_id: string;
                /** @description The ID of the highlight to update. */
                highlight_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAccountHighlightRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateAccountHighlightResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    CreateAccountRelationship: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the child or client account. */
                account_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAccountRelationshipRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateAccountRelationshipResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GetAccountRelationships: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the child or client account whose relationships should be returned. */
                account_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetAccountRelationshipsResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    DeleteAccountRelationship: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the child or client account. */
                account_id: string;
                /** @description The ID of the account relationship to delete. */
                relationship_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteAccountRelationshipResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GetAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID or external ID of the account to fetch. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetAccountResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    DeleteAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID or external ID of the account to delete. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteAccountResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller's role may not do this: the operation needs an admin token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UpdateAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID or external ID of the account to update. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAccountRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateAccountResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    CreateActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID or external ID of the account to create the activity for. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateActivityRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateActivityResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UploadAccountFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID or external ID of the account to upload files to. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadAccountFileResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    MergeAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeAccountsRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MergeAccountsResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller's role may not do this: the operation needs an admin token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    SearchAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    cursor?: string;
                    /** @description A Filter as the contract's `Filter` schema describes it. */
                    filter?: unknown;
                    limit?: number;
                    search_text?: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchAccountsResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GetActivityTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetActivityTypesResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    CreateAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateAttachmentResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GetAuditLogs: {
        parameters: {
            query?: {
                /** @description The cursor to use for pagination. */
                cursor?: string;
                /** @description The number of audit logs to fetch. Defaults to 100. Must be greater than 0 and less than 1000. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetAuditLogsResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller's role may not do this: the operation needs an admin token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    SearchAuditLogs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    cursor?: string;
                    /** @description A Filter as the contract's `Filter` schema describes it. */
                    filter?: unknown;
                    limit?: number;
                    search_text?: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetAuditLogsResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller's role may not do this: the operation needs an admin token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GetContacts: {
        parameters: {
            query?: {
                /** @description The cursor to use for pagination. */
                cursor?: string;
                /** @description The number of items to fetch, 1 to 1000 (default 100). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetContactsResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    CreateContact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateContactRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateContactResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GetContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the contact. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetContactResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    DeleteContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the contact to delete. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteContactResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller's role may not do this: the operation needs an admin token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UpdateContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the contact to update. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateContactRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateContactResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    SearchContacts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    cursor?: string;
                    /** @description A Filter as the contract's `Filter` schema describes it. */
                    filter?: unknown;
                    limit?: number;
                    search_text?: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchContactsResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GetCustomFields: {
        parameters: {
            query: {
                /** @description The cursor to use for pagination. */
                cursor?: string;
                /** @description The number of items to fetch, 1 to 1000 (default 100). */
                limit?: number;
                /** @description The object type: "account", "issue", "contact", "task", "project", "meeting" or "opportunity". */
                object_type: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetCustomFieldsResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    CreateCustomField: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCustomFieldRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCustomFieldResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller's role may not do this: the operation needs an admin token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GetCustomField: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the custom field. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetCustomFieldResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UpdateCustomField: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the custom field. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCustomFieldRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateCustomFieldResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller's role may not do this: the operation needs an admin token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    ImportContact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportContactRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportContactResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller's role may not do this: the operation needs an admin token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    ImportIssue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportIssueRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportIssueResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller's role may not do this: the operation needs an admin token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    ImportMessages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the issue. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportMessagesRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportMessagesResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller's role may not do this: the operation needs an admin token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GetIssueStatuses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetIssueStatusesResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GetIssues: {
        parameters: {
            query?: {
                /** @description The cursor to use for pagination. */
                cursor?: string;
                /** @description The end time (RFC3339) of the time range to get issues for. The duration between start_time and end_time must be less than or equal to 30 days. */
                end_time?: string;
                /** @description The number of issues to fetch. Defaults to 20000. Set to 0 or omit to use the default. Must be between 0 and 20000. */
                limit?: number;
                /** @description The start time (RFC3339) of the time range to get issues for. The duration between start_time and end_time must be less than or equal to 30 days. */
                start_time?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetIssuesResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    CreateIssue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateIssueRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateIssueResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GetIssue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID or number of the issue to fetch. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetIssueResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    DeleteIssue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the issue to delete. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteIssueResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller's role may not do this: the operation needs an admin token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UpdateIssue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the issue to update. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateIssueRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateIssueResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    LinkExternalIssue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID or number of the issue to link external issues to. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkExternalIssueRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkExternalIssueResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GetIssueFollowers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID or number of the issue to get followers for. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetIssueFollowersResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    AddIssueFollowers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID or number of the issue to add followers to. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddIssueFollowersRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AddIssueFollowersResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GetIssueMessages: {
        parameters: {
            query?: {
                /** @description The cursor to use for pagination. */
                cursor?: string;
                /** @description The number of messages to fetch. Must be greater than 0 and at most 1000. If omitted, all messages are returned for backward compatibility. */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description The ID of the issue to fetch messages for. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetIssueMessagesResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    DeleteMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the issue that the message belongs to. */
                id: string;
                /** @description The ID of the message to delete. */
                message_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteMessageResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller's role may not do this: the operation needs an admin token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    RedactMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the issue that the message belongs to. */
                id: string;
                /** @description The ID of the message to redact. */
                message_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedactMessageResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    CreateIssueNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the issue. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateIssueNoteRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateIssueNoteResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller's role may not do this: the operation needs an admin token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    CreateIssueReply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the issue. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateIssueReplyRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateIssueReplyResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller's role may not do this: the operation needs an admin token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    SnoozeIssue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID or number of the issue to snooze. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SnoozeIssueRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SnoozeIssueResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GetIssueThreads: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the issue to fetch threads for. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The data payload of the response. */
                        data?: components["schemas"]["IssueThread"][];
                        pagination?: components["schemas"]["Pagination"];
                        /** @description The request ID for tracking. */
                        request_id?: string;
                    };
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    CreateIssueThread: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the issue to create a thread for. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateIssueThreadRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateIssueThreadResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    SearchIssues: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    cursor?: string;
                    /** @description A Filter as the contract's `Filter` schema describes it. */
                    filter?: unknown;
                    limit?: number;
                    search_text?: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchIssuesResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GetMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetMeResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GetTags: {
        parameters: {
            query?: {
                /** @description The cursor to use for pagination. */
                cursor?: string;
                /** @description The number of items to fetch, 1 to 1000 (default 100). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetTagsResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    CreateTag: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTagRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTagResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller's role may not do this: the operation needs an admin token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GetTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the tag. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetTagResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    DeleteTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the tag to update. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteTagResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller's role may not do this: the operation needs an admin token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UpdateTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the tag to update. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTagRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateTagResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller's role may not do this: the operation needs an admin token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GetTeams: {
        parameters: {
            query?: {
                /** @description The cursor to use for pagination. */
                cursor?: string;
                /** @description The number of items to fetch, 1 to 1000 (default 100). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetTeamsResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    CreateTeam: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTeamRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTeamResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller's role may not do this: the operation needs an admin token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GetTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the team to fetch. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetTeamResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UpdateTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the team to update. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTeamRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateTeamResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller's role may not do this: the operation needs an admin token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GetTicketForms: {
        parameters: {
            query?: {
                /** @description The cursor to use for pagination. */
                cursor?: string;
                /** @description The number of items to fetch, 1 to 1000 (default 100). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetTicketFormsResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GetTicketForm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the ticket form to fetch. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetTicketFormResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GetUserRoles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetUserRolesResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GetUsers: {
        parameters: {
            query?: {
                /** @description The cursor to use for pagination. */
                cursor?: string;
                /** @description The number of items to fetch, 1 to 1000 (default 100). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetUsersResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    GetUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the user to fetch. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetUserResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    UpdateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the user to update. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetUserResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller's role may not do this: the operation needs an admin token */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    SearchUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    cursor?: string;
                    /** @description A Filter as the contract's `Filter` schema describes it. */
                    filter?: unknown;
                    limit?: number;
                    search_text?: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchUsersResponseBody"];
                };
            };
            /** @description The request is invalid, or duplicates an existing object (`exists_id` names it) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The bearer token is missing, malformed, unknown or revoked */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such object in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The request body is neither JSON (UTF-8) nor form-encoded */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The workspace's allowance for this operation is used up; Retry-After says when to come back */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error; the server log has the details under the request id */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backing service (the database, Redis) does not answer; retry shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
}
