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
        /**
         * Create an activity type
         * @description Helpline extension. Adds a kind of account activity that `POST /accounts/{id}/activities` can then log by `slug`. Admins only; a slug already in the catalog (built-in or not) answers 400 with `exists_id`.
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
                        /** @description An http(s) URL of its icon. */
                        icon_url?: string;
                        /** @description The name shown on account timelines. */
                        label: string;
                        /** @description Unique in the workspace: lower-case letters, digits and _ (at most 100). */
                        slug: string;
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
                        "application/json": {
                            data: components["schemas"]["ActivityType"];
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
    "/ai-agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List AI agents
         * @description The built-in agent `default` first, then the agents the workspace created, oldest first.
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
                                /** @description Absent on the built-in `default` agent. */
                                created_at?: string;
                                /** @description Pass as `ai_agent_id`; every workspace has the agent `default`. */
                                id: string;
                                /** @description How the agent drafts: tone, rules, what to say or avoid. */
                                instructions: string;
                                name: string;
                                updated_at?: string;
                            }[];
                            pagination: {
                                cursor: string;
                                has_next_page: boolean;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
                304: {
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
         * Create an AI agent
         * @description An agent to name as `ai_agent_id` in `POST /issues/{id}/ai-response`: its drafts follow its instructions. Every workspace also has the agent `default`.
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
                        /** @description At most 10000 characters; empty or absent, the default instructions apply. */
                        instructions?: string;
                        /** @description At most 200 characters. */
                        name: string;
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
                                /** @description Absent on the built-in `default` agent. */
                                created_at?: string;
                                /** @description Pass as `ai_agent_id`; every workspace has the agent `default`. */
                                id: string;
                                /** @description How the agent drafts: tone, rules, what to say or avoid. */
                                instructions: string;
                                name: string;
                                updated_at?: string;
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
                /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
                304: {
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
    "/call-recordings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a call recording
         * @description Helpline extension. Imports a recorded call, as the import operations do (admins only). `issue_id` links it to an issue, whose `GET /issues/{id}/voice-calls` then lists it. A second import of the same `external_id` from the same `source` answers 400 with `exists_id`.
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
                        /** @description The account the call was with. */
                        account_id?: string;
                        /** @description Its length in milliseconds; defaults to end_time − start_time when both are given. */
                        duration_ms?: number;
                        /** @description When the call ended (RFC 3339), not before start_time. */
                        end_time?: string;
                        /** @description The recorder's id for the call: a second import of it answers exists_id. */
                        external_id?: string;
                        /** @description The issue (id or number) the call was about: it lists the call as a voice call. */
                        issue_id?: string;
                        /** @description The participants: a list, or one comma-separated string as Pylon's recorders send it. */
                        participant_emails?: string[] | string;
                        /** @description The recorder it came from (e.g. gong, fathom, phone); lower-case letters, digits and _. Defaults to custom_call_recorder. */
                        source?: string;
                        /** @description When the call started (RFC 3339). */
                        start_time?: string;
                        /** @description A summary of the call. */
                        summary?: string;
                        /** @description The title of the call. */
                        title: string;
                        /** @description The transcript, one entry per spoken segment. */
                        transcript_segments?: {
                            speaker: string;
                            text: string;
                        }[];
                        /** @description The recording's address at the recorder (http or https). */
                        url?: string;
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
                        "application/json": {
                            data: components["schemas"]["CallRecording"];
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
    "/call-recordings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a call recording by its ID
         * @description Returns a single call recording by ID.
         *
         *     **Rate limit:** 60 requests per minute
         */
        get: operations["GetCallRecording"];
        put?: never;
        post?: never;
        /**
         * Delete a call recording
         * @description Permanently deletes a call recording by its Pylon ID.
         *
         *     **Rate limit:** 20 requests per minute
         */
        delete: operations["DeleteCallRecording"];
        options?: never;
        head?: never;
        /**
         * Update a call recording
         * @description Updates a call recording by ID. Only provided fields are modified.
         *
         *     **Rate limit:** 20 requests per minute
         */
        patch: operations["UpdateCallRecording"];
        trace?: never;
    };
    "/call-recordings/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search for call recordings by a given filter
         * @description Currently, the following fields are filterable for call recordings:
         *
         *     * account_id. Allowed operators: `equals`, `in`, `not_in`, `is_set`, `is_unset`
         *
         *     * source. Allowed operators: `equals`, `in`, `not_in`
         *
         *     * title. Allowed operators: `equals`, `string_contains`
         *
         *     * start_time. Allowed operators: `time_is_after`, `time_is_before`, `time_range`
         *
         *     **Rate limit:** 20 requests per minute
         */
        post: operations["SearchCallRecordings"];
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
    "/custom-object-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List custom object types
         * @description The workspace's custom object types with their fields, in creation order.
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
                                fields: {
                                    label: string;
                                    required: boolean;
                                    select_options: {
                                        label: string;
                                        slug: string;
                                    }[];
                                    slug: string;
                                    type: string;
                                }[];
                                id: string;
                                name: string;
                                slug: string;
                                updated_at: string;
                            }[];
                            pagination: {
                                cursor: string;
                                has_next_page: boolean;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
                304: {
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
         * Create a custom object type
         * @description Defines a type of custom object: its slug (the `{type}` of `/custom-objects/{type}`), its name, and the fields its records hold in `custom_fields` (each with a slug, a label, a custom field value type, and whether it is required). Every record also has a name and may link to an account (`custom_fields.account`).
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
                        /** @description The fields records hold, besides name and account. */
                        fields?: {
                            label: string;
                            /** @description Every record must hold a value (default false). */
                            required?: boolean;
                            /** @description The options of a select or multiselect field. */
                            select_options?: {
                                label?: string;
                                /** @description Made from the label when omitted. */
                                slug?: string;
                            }[];
                            /** @description The key of the value in `custom_fields`; made from the label when omitted. */
                            slug?: string;
                            /** @description One of text, number, decimal, boolean, date, datetime, user, url, select, multiselect. */
                            type: string;
                        }[];
                        name: string;
                        /** @description The `{type}` of the records' paths, e.g. `opportunity`. */
                        slug: string;
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
                                fields: {
                                    label: string;
                                    required: boolean;
                                    select_options: {
                                        label: string;
                                        slug: string;
                                    }[];
                                    slug: string;
                                    type: string;
                                }[];
                                id: string;
                                name: string;
                                slug: string;
                                updated_at: string;
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
    "/custom-objects/{type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List custom objects
         * @description Returns paginated custom objects of the given type.
         *
         *     **Rate limit:** 60 requests per minute
         */
        get: operations["GetCustomObjects"];
        put?: never;
        /**
         * Create a custom object
         * @description Creates a new custom object instance of the given type. To link the object to an account, pass the built-in Account relationship field in `custom_fields`: `{"name":"Example","custom_fields":{"account":{"value":"account_uuid"}}}`.
         *
         *     **Rate limit:** 20 requests per minute
         */
        post: operations["CreateCustomObject"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Bulk update custom objects
         * @description Applies the same update to multiple custom objects of the given type in a single request. Pass between 1 and 100 IDs and the custom field values to set; only the provided fields are modified on each object. To update the linked account, pass the built-in Account relationship field in `custom_fields`: `{"ids":["object_uuid"],"custom_fields":{"account":{"value":"account_uuid"}}}`. To unset a field, pass its slug with an empty value.
         *
         *     **Rate limit:** 20 requests per minute
         */
        patch: operations["UpdateCustomObjects"];
        trace?: never;
    };
    "/custom-objects/{type}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a custom object
         * @description Returns a single custom object by ID, including its custom field values.
         *
         *     **Rate limit:** 60 requests per minute
         */
        get: operations["GetCustomObject"];
        put?: never;
        post?: never;
        /**
         * Delete a custom object
         * @description Deletes a custom object instance.
         *
         *     **Rate limit:** 20 requests per minute
         */
        delete: operations["DeleteCustomObject"];
        options?: never;
        head?: never;
        /**
         * Update a custom object
         * @description Updates a custom object. Only provided fields are modified. To update the linked account, pass the built-in Account relationship field in `custom_fields`: `{"custom_fields":{"account":{"value":"account_uuid"}}}`.
         *
         *     **Rate limit:** 20 requests per minute
         */
        patch: operations["UpdateCustomObject"];
        trace?: never;
    };
    "/custom-objects/{type}/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search for custom objects by a given filter
         * @description Currently, the following fields are filterable for custom objects:
         *
         *     * name. Allowed operators: `equals`, `in`, `not_in`, `string_contains`, `string_does_not_contain`, `is_set`, `is_unset`
         *
         *     * created_at (in RFC3339 format). Allowed operators: `time_is_after`, `time_is_before`, `time_range`
         *
         *     * updated_at (in RFC3339 format). Allowed operators: `time_is_after`, `time_is_before`, `time_range`
         *
         *     * custom fields (pass in the slug of the custom field)
         *
         *     **Rate limit:** 20 requests per minute
         */
        post: operations["SearchCustomObjects"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
                /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
                304: {
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
    "/feature-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a feature request
         * @description Creates a new feature request. When should_auto_fetch_evidence is true, supporting evidence is automatically gathered and used to generate the description.
         *
         *     **Rate limit:** 20 requests per minute
         */
        post: operations["CreateFeatureRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feature-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a feature request by ID
         * @description Returns a single feature request by ID. Optionally includes evidence items when fetch_evidence is true.
         *
         *     **Rate limit:** 60 requests per minute
         */
        get: operations["GetFeatureRequest"];
        put?: never;
        post?: never;
        /**
         * Delete a feature request
         * @description Permanently deletes a feature request and its associated evidence.
         *
         *     **Rate limit:** 20 requests per minute
         */
        delete: operations["DeleteFeatureRequest"];
        options?: never;
        head?: never;
        /**
         * Update a feature request
         * @description Updates an existing feature request. Only provided fields are modified.
         *
         *     **Rate limit:** 20 requests per minute
         */
        patch: operations["UpdateFeatureRequest"];
        trace?: never;
    };
    "/feature-requests/{id}/set-portal-visibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set portal visibility for a feature request
         * @description Toggles portal visibility for a set of accounts on a feature request. Idempotent — adding already-visible accounts or removing already-hidden accounts is a no-op. Note: visibility only takes effect when the Feature Requests tab is enabled in portal settings.
         *
         *     **Rate limit:** 20 requests per minute
         */
        post: operations["SetFeatureRequestPortalVisibility"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feature-requests/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search or list feature requests
         * @description Returns feature requests matching the given criteria. Supports semantic search, status filtering, and pagination.
         *
         *     **Rate limit:** 20 requests per minute
         */
        post: operations["SearchFeatureRequests"];
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
                /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
                304: {
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
                /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
                304: {
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
    "/helpline/imap-mailboxes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the workspace's IMAP mailboxes
         * @description Helpline extension. With their last poll and last error; never a password.
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
                                /** @description The support address whose mail the mailbox holds. */
                                address: string;
                                created_at: string;
                                /** @description The name outgoing mail from the support address carries in its From header. */
                                display_name?: string;
                                /** @description Whether the mailbox is polled. */
                                enabled: boolean;
                                /** @description The folder read (default INBOX). */
                                folder: string;
                                host: string;
                                id: string;
                                /** @description What last went wrong: the server unreachable, a wrong password, a message skipped. */
                                last_error?: string;
                                last_error_at?: string;
                                last_polled_at?: string;
                                /** @description The highest UID taken from the folder (filed or skipped). */
                                last_uid: number;
                                port: number;
                                /** @description Implicit TLS (IMAPS); false: plain, with STARTTLS when the server offers it. */
                                tls: boolean;
                                /** @description The folder's UIDVALIDITY when it was last read. */
                                uid_validity?: string;
                                updated_at: string;
                                username: string;
                            }[];
                            pagination: {
                                cursor: string;
                                has_next_page: boolean;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
                304: {
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
         * Connect an IMAP mailbox
         * @description Helpline extension. The team's existing mailbox for the workspace's support address, read every IMAP_POLL_INTERVAL_MS: each new message is filed once, as mail to the SMTP listener is. The password is stored to log in and never answered.
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
                        /** @description The workspace's support address (default: the one it has); set when it has none. */
                        address?: string;
                        /** @description The From header's name for the support address ("Acme Support"); empty removes it. */
                        display_name?: string;
                        /** @description Default true. */
                        enabled?: boolean;
                        folder?: string;
                        /** @description The IMAP server. */
                        host: string;
                        /** @description Stored to log in; never answered. */
                        password: string;
                        /** @description 993 with TLS, 143 without, by default. */
                        port?: number;
                        /** @description Implicit TLS (default true). */
                        tls?: boolean;
                        username: string;
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
                                /** @description The support address whose mail the mailbox holds. */
                                address: string;
                                created_at: string;
                                /** @description The name outgoing mail from the support address carries in its From header. */
                                display_name?: string;
                                /** @description Whether the mailbox is polled. */
                                enabled: boolean;
                                /** @description The folder read (default INBOX). */
                                folder: string;
                                host: string;
                                id: string;
                                /** @description What last went wrong: the server unreachable, a wrong password, a message skipped. */
                                last_error?: string;
                                last_error_at?: string;
                                last_polled_at?: string;
                                /** @description The highest UID taken from the folder (filed or skipped). */
                                last_uid: number;
                                port: number;
                                /** @description Implicit TLS (IMAPS); false: plain, with STARTTLS when the server offers it. */
                                tls: boolean;
                                /** @description The folder's UIDVALIDITY when it was last read. */
                                uid_validity?: string;
                                updated_at: string;
                                username: string;
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
    "/helpline/imap-mailboxes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an IMAP mailbox
         * @description Helpline extension. Its settings (never the password), last poll and last error.
         *
         *     Helpline extension, not part of Pylon's API.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The imap mailboxe's id */
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
                                /** @description The support address whose mail the mailbox holds. */
                                address: string;
                                created_at: string;
                                /** @description The name outgoing mail from the support address carries in its From header. */
                                display_name?: string;
                                /** @description Whether the mailbox is polled. */
                                enabled: boolean;
                                /** @description The folder read (default INBOX). */
                                folder: string;
                                host: string;
                                id: string;
                                /** @description What last went wrong: the server unreachable, a wrong password, a message skipped. */
                                last_error?: string;
                                last_error_at?: string;
                                last_polled_at?: string;
                                /** @description The highest UID taken from the folder (filed or skipped). */
                                last_uid: number;
                                port: number;
                                /** @description Implicit TLS (IMAPS); false: plain, with STARTTLS when the server offers it. */
                                tls: boolean;
                                /** @description The folder's UIDVALIDITY when it was last read. */
                                uid_validity?: string;
                                updated_at: string;
                                username: string;
                            };
                            request_id: string;
                        };
                    };
                };
                /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
                304: {
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
         * Disconnect an IMAP mailbox
         * @description Helpline extension. The mailbox is no longer read; issues filed from it stay, and so does its mail.
         *
         *     Helpline extension, not part of Pylon's API.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The imap mailboxe's id */
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
        /**
         * Update an IMAP mailbox
         * @description Helpline extension. Changes the given settings only; `enabled: false` stops the polling.
         *
         *     Helpline extension, not part of Pylon's API.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The imap mailboxe's id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The From header's name for the support address ("Acme Support"); empty removes it. */
                        display_name?: string;
                        enabled?: boolean;
                        folder?: string;
                        /** @description The IMAP server. */
                        host?: string;
                        /** @description Stored to log in; never answered. */
                        password?: string;
                        port?: number;
                        tls?: boolean;
                        username?: string;
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
                                /** @description The support address whose mail the mailbox holds. */
                                address: string;
                                created_at: string;
                                /** @description The name outgoing mail from the support address carries in its From header. */
                                display_name?: string;
                                /** @description Whether the mailbox is polled. */
                                enabled: boolean;
                                /** @description The folder read (default INBOX). */
                                folder: string;
                                host: string;
                                id: string;
                                /** @description What last went wrong: the server unreachable, a wrong password, a message skipped. */
                                last_error?: string;
                                last_error_at?: string;
                                last_polled_at?: string;
                                /** @description The highest UID taken from the folder (filed or skipped). */
                                last_uid: number;
                                port: number;
                                /** @description Implicit TLS (IMAPS); false: plain, with STARTTLS when the server offers it. */
                                tls: boolean;
                                /** @description The folder's UIDVALIDITY when it was last read. */
                                uid_validity?: string;
                                updated_at: string;
                                username: string;
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
        trace?: never;
    };
    "/helpline/imap-mailboxes/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Test an IMAP mailbox connection
         * @description Helpline extension. Logs in and looks at the folder, changing nothing; `ok: false` comes with the reason.
         *
         *     Helpline extension, not part of Pylon's API.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The imap mailboxe's id */
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
                                error?: string;
                                /** @description Messages in the folder, when it could be opened. */
                                messages?: number;
                                ok: boolean;
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
                /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
                304: {
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
                /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
                304: {
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
    "/integrations/devin/disconnect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disconnect the Devin integration for the requesting user
         * @description Revokes the WorkOS OAuth grant the caller's token was issued under, immediately invalidating its refresh tokens. Access tokens that were already issued remain valid until they expire (up to 5 minutes). Idempotent: disconnecting an already-revoked grant succeeds. Only callable with an OAuth token issued to the Devin app.
         *
         *     **Rate limit:** 10 requests per minute
         */
        post: operations["DisconnectDevin"];
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
    "/issues/{id}/ai-response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an AI response for an issue
         * @description Generates an AI response for the specified issue using the given agent.
         *
         *     **Rate limit:** 20 requests per minute
         */
        post: operations["CreateIssueAIResponse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
    "/issues/{id}/voice-calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get voice calls (with recordings and transcripts) for an issue.
         * @description Returns voice call records for the specified phone issue. Each call includes its recordings, with parsed transcript segments and a presigned download URL for the audio file. Recordings whose transcript has not yet completed are omitted; refetch later to see them.
         *
         *     **Rate limit:** 20 requests per minute
         */
        get: operations["GetIssueVoiceCalls"];
        put?: never;
        post?: never;
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
    "/knowledge-bases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all knowledge bases
         * @description Returns all knowledge bases for the organization.
         *
         *     **Rate limit:** 60 requests per minute
         */
        get: operations["GetKnowledgeBases"];
        put?: never;
        /**
         * Create a knowledge base
         * @description Creates a knowledge base, answered as `GET /knowledge-bases/{id}` shows it. `slug` (lower-case letters, digits and dashes; derived from the title when omitted) is unique in the workspace: a taken slug is a duplicate error naming the existing knowledge base in `exists_id`. `default_language` defaults to `en`; `supported_languages` are the other languages articles may be translated into.
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
                        default_language?: string;
                        slug?: string;
                        supported_languages?: string[];
                        title: string;
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
                                default_language: string;
                                id: string;
                                slug: string;
                                supported_languages: string[];
                                title: string;
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
    "/knowledge-bases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a knowledge base by its ID
         * @description Returns a single knowledge base by ID.
         *
         *     **Rate limit:** 60 requests per minute
         */
        get: operations["GetKnowledgeBase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/knowledge-bases/{id}/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all articles in a knowledge base
         * @description Returns a paginated list of articles for the specified knowledge base.
         *
         *     **Rate limit:** 20 requests per minute
         */
        get: operations["GetArticles"];
        put?: never;
        /**
         * Create an article
         * @description Creates a new article within a knowledge base.
         *
         *     **Rate limit:** 10 requests per minute
         */
        post: operations["CreateArticle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/knowledge-bases/{id}/articles/{article_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an article by its ID
         * @description Returns a single article by ID within the specified knowledge base.
         *
         *     **Rate limit:** 60 requests per minute
         */
        get: operations["GetArticle"];
        put?: never;
        post?: never;
        /**
         * Delete an article
         * @description Permanently deletes an article from the knowledge base.
         *
         *     **Rate limit:** 20 requests per minute
         */
        delete: operations["DeleteArticle"];
        options?: never;
        head?: never;
        /**
         * Update an article
         * @description Updates an existing article. Only provided fields are modified.
         *
         *     **Rate limit:** 20 requests per minute
         */
        patch: operations["UpdateArticle"];
        trace?: never;
    };
    "/knowledge-bases/{id}/articles/{article_id}/request-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request review on an article
         * @description Requests human and/or AI review on the article's current draft version. At least one of `reviewer_user_ids` or `request_ai_review` must be provided. The article must have an unpublished current version. Requesting AI review requires the organization to have AI article review enabled.
         *
         *     **Rate limit:** 10 requests per minute
         */
        post: operations["RequestArticleReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/knowledge-bases/{id}/collections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all collections in a knowledge base
         * @description Returns all collections for the specified knowledge base.
         *
         *     **Rate limit:** 20 requests per minute
         */
        get: operations["GetCollections"];
        put?: never;
        /**
         * Create a collection
         * @description Creates a new collection within a knowledge base.
         *
         *     **Rate limit:** 10 requests per minute
         */
        post: operations["CreateCollection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/knowledge-bases/{id}/collections/{collection_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a collection by its ID
         * @description Returns a single collection by ID within the specified knowledge base.
         *
         *     **Rate limit:** 20 requests per minute
         */
        get: operations["GetCollection"];
        put?: never;
        post?: never;
        /**
         * Delete a collection
         * @description Permanently deletes a collection and all articles within it from the knowledge base. Nested collections and their articles are also deleted.
         *
         *     **Rate limit:** 10 requests per minute
         */
        delete: operations["DeleteCollection"];
        options?: never;
        head?: never;
        /**
         * Update a collection
         * @description Updates an existing collection. Only provided fields are modified.
         *
         *     **Rate limit:** 10 requests per minute
         */
        patch: operations["UpdateCollection"];
        trace?: never;
    };
    "/knowledge-bases/{id}/route-redirects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a new route redirect
         * @description Creates a path redirect within a knowledge base, mapping a source path to an article or collection.
         *
         *     **Rate limit:** 10 requests per minute
         */
        post: operations["CreateRouteRedirect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/macro-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all macro groups
         * @description Returns all macro groups for the organization.
         *
         *     **Rate limit:** 60 requests per minute
         */
        get: operations["GetMacroGroups"];
        put?: never;
        /**
         * Create a macro group
         * @description Helpline extension. A group to file macros in, titled `title`.
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
                        /** @description The title of the macro group. */
                        title: string;
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
                            data: components["schemas"]["MacroGroup"];
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
    "/macros": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all macros
         * @description Returns all macros for the organization. Optionally filter by macro group ID.
         *
         *     **Rate limit:** 60 requests per minute
         */
        get: operations["GetMacros"];
        put?: never;
        /**
         * Create a new macro
         * @description Creates a new macro within the specified macro group.
         *
         *     **Rate limit:** 60 requests per minute
         */
        post: operations["CreateMacro"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/macros/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a macro by its ID
         * @description Returns a single macro by ID.
         *
         *     **Rate limit:** 60 requests per minute
         */
        get: operations["GetMacro"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a macro
         * @description Updates an existing macro by ID. All fields are optional; only provided fields will be updated.
         *
         *     **Rate limit:** 60 requests per minute
         */
        patch: operations["UpdateMacro"];
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
    "/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a milestone
         * @description Creates a new milestone within a project.
         *
         *     **Rate limit:** 60 requests per minute
         */
        post: operations["CreateMilestone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/milestones/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a milestone by its ID
         * @description Returns a single milestone by ID.
         *
         *     **Rate limit:** 60 requests per minute
         */
        get: operations["GetMilestone"];
        put?: never;
        post?: never;
        /**
         * Delete a milestone
         * @description Permanently deletes a milestone by ID.
         *
         *     **Rate limit:** 60 requests per minute
         */
        delete: operations["DeleteMilestone"];
        options?: never;
        head?: never;
        /**
         * Update a milestone
         * @description Updates an existing milestone. Only provided fields are modified.
         *
         *     **Rate limit:** 60 requests per minute
         */
        patch: operations["UpdateMilestone"];
        trace?: never;
    };
    "/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a project
         * @description Creates a new project for an account.
         *
         *     **Rate limit:** 60 requests per minute
         */
        post: operations["CreateProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a project by its ID
         * @description Returns a single project by ID.
         *
         *     **Rate limit:** 60 requests per minute
         */
        get: operations["GetProject"];
        put?: never;
        post?: never;
        /**
         * Delete an existing project
         * @description Permanently deletes a project by ID.
         *
         *     **Rate limit:** 20 requests per minute
         */
        delete: operations["DeleteProject"];
        options?: never;
        head?: never;
        /**
         * Update a project
         * @description Updates an existing project. Only provided fields are modified.
         *
         *     **Rate limit:** 60 requests per minute
         */
        patch: operations["UpdateProject"];
        trace?: never;
    };
    "/projects/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search for projects by a given filter
         * @description Currently, the following fields are filterable for projects:
         *
         *     * account_id. Allowed operators: `equals`, `in`, `not_in`, `is_set`
         *
         *     * status. Valid values are `["not_started", "in_progress", "completed"]`. Allowed operators: `equals`, `in`, `not_in`
         *
         *     * owner_id. Allowed operators: `equals`, `in`, `not_in`, `is_set`, `is_unset`
         *
         *     * is_archived. Allowed operators: `equals`
         *
         *     * created_at (in RFC3339 format). Allowed operators: `time_is_after`, `time_is_before`, `time_range`
         *
         *     * updated_at (in RFC3339 format). Allowed operators: `time_is_after`, `time_is_before`, `time_range`
         *
         *     * custom fields (pass in the slug of the custom field)
         *
         *     **Rate limit:** 20 requests per minute
         */
        post: operations["SearchProjects"];
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
                /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
                304: {
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
    "/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all surveys
         * @description Returns all surveys for the organization.
         *
         *     **Rate limit:** 60 requests per minute
         */
        get: operations["GetSurveys"];
        put?: never;
        /**
         * Create a survey
         * @description Helpline extension. A survey named `name`, of type `nps`, `csat` or `custom`.
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
                        /** @description The name of the survey. */
                        name: string;
                        /** @description The type of the survey: `nps`, `csat` or `custom`. */
                        type: string;
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
                            data: components["schemas"]["Survey"];
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
    "/surveys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a survey by its ID
         * @description Returns a single survey by ID.
         *
         *     **Rate limit:** 60 requests per minute
         */
        get: operations["GetSurvey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/surveys/{id}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get survey responses for a survey
         * @description Returns paginated survey responses, optionally filtered by time range, account, or contact.
         *
         *     **Rate limit:** 60 requests per minute
         */
        get: operations["GetSurveyResponses"];
        put?: never;
        /**
         * Record a survey response
         * @description Helpline extension. A response to the survey from `contact_id` (and `account_id`, by default the contact's account), submitted at `submitted_at` (default now). Scores are whole numbers (NPS 0–10, CSAT 1–5).
         *
         *     Helpline extension, not part of Pylon's API.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The survey's id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The ID of the account associated with the response. */
                        account_id?: string;
                        /** @description The answers submitted in this response. */
                        answers: {
                            /** @description The prompt/question that was answered. */
                            prompt?: string;
                            /** @description The type of question: `score` or `comment`. */
                            question_type: string;
                            /** @description The answer: a whole number for a score, text for a comment. */
                            value: string;
                        }[];
                        /** @description The ID of the contact who submitted the response. */
                        contact_id?: string;
                        /** @description When the response was submitted (RFC 3339); defaults to now. */
                        submitted_at?: string;
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
                            data: components["schemas"]["SurveyResponse"];
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
    "/surveys/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search for surveys by a given filter
         * @description Currently, the following fields are filterable for surveys:
         *
         *     * updated_at (in RFC3339 format). Allowed operators: `time_is_after`, `time_is_before`, `time_range`
         *
         *     **Rate limit:** 20 requests per minute
         */
        post: operations["SearchSurveys"];
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
    "/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all tasks
         * @description Returns a paginated list of tasks for the organization.
         *
         *     **Rate limit:** 60 requests per minute
         */
        get: operations["GetTasks"];
        put?: never;
        /**
         * Create a task
         * @description Creates a new task with a title and optional metadata.
         *
         *     **Rate limit:** 60 requests per minute
         */
        post: operations["CreateTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a task by its ID
         * @description Returns a single task by ID.
         *
         *     **Rate limit:** 60 requests per minute
         */
        get: operations["GetTask"];
        put?: never;
        post?: never;
        /**
         * Delete an existing task
         * @description Permanently deletes a task by ID.
         *
         *     **Rate limit:** 20 requests per minute
         */
        delete: operations["DeleteTask"];
        options?: never;
        head?: never;
        /**
         * Update a task
         * @description Updates an existing task. Only provided fields are modified.
         *
         *     **Rate limit:** 60 requests per minute
         */
        patch: operations["UpdateTask"];
        trace?: never;
    };
    "/tasks/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get comments for a task
         * @description Returns all comments for a task, ordered by creation time.
         *
         *     **Rate limit:** 60 requests per minute
         */
        get: operations["GetTaskComments"];
        put?: never;
        /**
         * Create a comment on a task
         * @description Creates a new comment on a task. The authenticated user is the author.
         *
         *     **Rate limit:** 20 requests per minute
         */
        post: operations["CreateTaskComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{id}/comments/{comment_id}": {
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
         * Delete a comment on a task
         * @description Deletes an existing comment. Only the original author can delete their comment.
         *
         *     **Rate limit:** 20 requests per minute
         */
        delete: operations["DeleteTaskComment"];
        options?: never;
        head?: never;
        /**
         * Update a comment on a task
         * @description Updates an existing comment. Only the original author can update their comment.
         *
         *     **Rate limit:** 20 requests per minute
         */
        patch: operations["UpdateTaskComment"];
        trace?: never;
    };
    "/tasks/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search for tasks by a given filter
         * @description Currently, the following fields are filterable for tasks:
         *
         *     * account_id. Allowed operators: `equals`, `in`, `not_in`, `is_set`
         *
         *     * project_id. Allowed operators: `equals`, `in`, `not_in`, `is_set`, `is_unset`
         *
         *     * status. Valid values are `["not_started", "in_progress", "completed"]`. Allowed operators: `equals`, `in`, `not_in`
         *
         *     * assignee_id. Allowed operators: `equals`, `in`, `not_in`, `is_set`
         *
         *     * milestone_id. Allowed operators: `equals`, `in`, `not_in`, `is_set`
         *
         *     * created_at (in RFC3339 format). Allowed operators: `time_is_after`, `time_is_before`, `time_range`
         *
         *     * due_date (in RFC3339 format). Allowed operators: `time_is_after`, `time_is_before`, `time_range`, `is_set`
         *
         *     * updated_at (in RFC3339 format). Allowed operators: `time_is_after`, `time_is_before`, `time_range`
         *
         *     * custom fields (pass in the slug of the custom field)
         *
         *     **Rate limit:** 20 requests per minute
         */
        post: operations["SearchTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
        /**
         * Create a ticket form
         * @description Helpline extension. A form customers submit issues through, served at `/forms/{slug}`. Admins only; a `slug` already used answers 400 with `exists_id`. HTML is sanitized before it is stored.
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
                        /** @description The text above the form (HTML). */
                        description_html?: string;
                        /** @description The layout of the form, in order. */
                        fields?: {
                            /** @description Help text under the field (HTML). */
                            description_html?: string;
                            /** @description The label shown to the customer. */
                            name: string;
                            /** @description The field’s slug, unique in the form. */
                            slug: string;
                            /** @description Its kind, e.g. text, rich_text, email, select (default text). */
                            type?: string;
                        }[];
                        /** @description Anyone may submit it (default false: portal users). */
                        is_public?: boolean;
                        /** @description The name of the form. */
                        name: string;
                        /** @description Unique in the workspace; the form is served at /forms/{slug}. */
                        slug: string;
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
                        "application/json": {
                            data: components["schemas"]["TicketForm"];
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
    "/training-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all training data configurations
         * @description Returns all training data configurations for the organization.
         *
         *     **Rate limit:** 60 requests per minute
         */
        get: operations["ListTrainingData"];
        put?: never;
        /**
         * Create a training data configuration
         * @description Creates a new training data configuration for the organization.
         *
         *     **Rate limit:** 10 requests per minute
         */
        post: operations["CreateTrainingData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/training-data/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a training data configuration by its ID
         * @description Returns a single training data configuration by ID.
         *
         *     **Rate limit:** 60 requests per minute
         */
        get: operations["GetTrainingData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/training-data/{id}/documents": {
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
         * Delete training data documents
         * @description Removes documents from a training data configuration by document ID or external ID.
         *
         *     **Rate limit:** 10 requests per minute
         */
        delete: operations["DeleteTrainingDataDocuments"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/training-data/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload files as training data
         * @description Uploads one or more files to a training data configuration.
         *
         *     **Rate limit:** 10 requests per minute
         */
        post: operations["UploadTrainingDataFiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/training-data/upload-content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload text content as training data
         * @description Uploads plain text content as a training data document.
         *
         *     **Rate limit:** 10 requests per minute
         */
        post: operations["UploadTrainingDataFileContent"];
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
                /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
                304: {
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
                /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
                304: {
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
                /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
                304: {
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
        Actor: {
            contact?: components["schemas"]["MiniContact"];
            user?: components["schemas"]["MiniUser"];
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
        APICustomObject: {
            /** @description When the object was created. */
            created_at?: string;
            /** @description Custom field values keyed by field slug. Relationship-typed fields are excluded here and returned in the `relations` field instead. */
            custom_fields?: {
                [key: string]: components["schemas"]["CustomFieldValue"];
            };
            /** @description The ID of the custom object. */
            id?: string;
            /** @description The name of the custom object. */
            name?: string;
            /** @description Relationships from this object to other objects, sourced from relationship-typed custom fields. */
            relations?: components["schemas"]["APIObjectRelation"][];
            /** @description The type slug of the custom object. */
            type?: string;
            /** @description When the object was last updated. */
            updated_at?: string;
        };
        /** APIObjectRelation is a single edge from a custom object to another object, sourced from a relationship-typed custom field. */
        APIObjectRelation: {
            /** @description The ID of the related object. */
            object_id?: string;
            /** @description The type of the related object (e.g. "account", "contact", "issue"). */
            object_type?: string;
        };
        Article: {
            approval_info?: components["schemas"]["ArticleApprovalInfo"];
            /** @description The ID of the user who authored the article. */
            author_user_id?: string;
            /** @description The ID of the collection this article belongs to, if any. */
            collection_id?: string;
            /** @description The time the article was created. */
            created_at?: string;
            /** @description The current draft content of the article in HTML. This is the latest version, which may differ from the published version. */
            current_draft_content_html?: string;
            /** @description The current published content of the article in HTML. */
            current_published_content_html?: string;
            /** @description The ID of the article. */
            id?: string;
            /** @description The identifier of the article */
            identifier?: string;
            /** @description IsPublished indicates if the article is published. */
            is_published?: boolean;
            /** @description Whether the article can only be accessible only via direct link. */
            is_unlisted?: boolean;
            /** @description The time the article content was last edited. */
            last_edited_at?: string;
            /** @description The last published at time of the article. */
            last_published_at?: string;
            /** @description The slug of the article. */
            slug?: string;
            /** @description Tags assigned to the article. */
            tags?: components["schemas"]["Tag"][];
            /** @description The name of the article. */
            title?: string;
            /** @description The URL of the article. */
            url?: string;
            visibility_config?: components["schemas"]["ArticleVisibilityConfig"];
        };
        ArticleApprovalInfo: {
            /** @description The time a review was requested. Null if no review has been requested. */
            requested_at?: string;
            /** @description The time the current review decision was made. Null if no review decision has been made. */
            reviewed_at?: string;
            /** @description The ID of the user who made the current review decision. Null if no review decision has been made. */
            reviewed_by_user_id?: string;
            /** @description The approval status. Possible values: needs_review, changes_requested, approved. */
            status?: string;
        };
        ArticleTranslationInput: {
            /** @description The translated HTML body of the article. */
            body_html: string;
            /** @description The language code of the translation. Supported language codes can be found in https://docs.usepylon.com/pylon-docs/knowledge-base/translation#supported-language-codes. */
            language: string;
            /** @description The translated title of the article. */
            title: string;
        };
        ArticleVisibilityConfig: {
            /**
             * @description AI agent access control. Defaults to inherit from the parent scope when omitted.
             *
             *     `inherit`: Defers the access check to the parent object (Collection or KnowledgeBase).
             *
             *     `none`: No AI agents have access to this article.
             *
             *     `specific_agents`: Only specific AI agents enumerated in the allowlist have access.
             * @enum {string}
             */
            ai_agent_access?: "inherit" | "none" | "specific_agents";
            /** @description List of AI agent IDs that may access this resource when ai_agent_access is set to "specific_agents". */
            allowed_agent_ids?: string[];
            customer_visibility_condition?: components["schemas"]["Filter"];
            /**
             * @description The visibility setting.
             * @enum {string}
             */
            visibility?: "public" | "customer" | "internal_only";
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
        CallRecording: {
            /** @description The account ID associated with the call recording. */
            account_id?: string;
            /** @description The calendar event ID associated with the call recording. */
            calendar_event_id?: string;
            /** @description The creation time of the call recording in RFC3339 format. */
            created_at?: string;
            /** @description Custom fields associated with the call recording. */
            custom_fields?: {
                [key: string]: components["schemas"]["CustomFieldValue"];
            };
            /** @description The duration of the call recording in milliseconds. */
            duration_ms?: number;
            /** @description The end time of the call recording in RFC3339 format. */
            end_time?: string;
            /** @description The external ID of the call recording from the source system. */
            external_id?: string;
            /** @description The ID of the call recording. */
            id?: string;
            /** @description The participant emails of the call recording. */
            participant_emails?: string[];
            /** @description The source of the call recording (e.g. fathom, gong, grain, granola, custom_call_recorder). */
            source?: string;
            /** @description The start time of the call recording in RFC3339 format. */
            start_time?: string;
            /** @description The summary of the call recording. */
            summary?: string;
            /** @description The title of the call recording. */
            title?: string;
            /** @description The last update time of the call recording in RFC3339 format. */
            updated_at?: string;
            /** @description The URL of the call recording. */
            url?: string;
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
        Collection: {
            /** @description The created at time of the collection. */
            created_at?: string;
            /** @description The description of the collection. */
            description?: string;
            /** @description The icon of the collection. */
            icon?: string;
            /** @description The ID of the collection. */
            id?: string;
            /** @description The ID of the parent collection. */
            parent_collection_id?: string;
            /** @description The slug of the collection. */
            slug?: string;
            /** @description The name of the collection. */
            title?: string;
            visibility_config?: components["schemas"]["CollectionVisibilityConfig"];
        };
        CollectionVisibilityConfig: {
            /**
             * @description AI agent access control. Defaults to inherit from the parent scope when omitted.
             *
             *     `inherit`: Defers the access check to the parent object (Collection or KnowledgeBase).
             *
             *     `none`: No AI agents have access to this article.
             *
             *     `specific_agents`: Only specific AI agents enumerated in the allowlist have access.
             * @enum {string}
             */
            ai_agent_access?: "inherit" | "none" | "specific_agents";
            /** @description List of AI agent IDs that may access this resource when ai_agent_access is set to "specific_agents". */
            allowed_agent_ids?: string[];
            /**
             * @description The visibility setting.
             * @enum {string}
             */
            visibility?: "public" | "customer" | "internal_only";
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
        CreateArticleRequestBody: {
            /** @description The ID of the user attributed as the author of the article. */
            author_user_id: string;
            /** @description The HTML body of the article. */
            body_html: string;
            /** @description The id of the collection associated to the article */
            collection_id?: string;
            /** @description Whether the article should be published. Defaults to false. */
            is_published?: boolean;
            /** @description Whether the article can only be accessible only via direct link. Defaults to false. */
            is_unlisted?: boolean;
            /** @description The slug of the article. Defaults to a slug based on the title. */
            slug?: string;
            /** @description The title of the article. */
            title: string;
            /** @description Translations of the article content in different languages */
            translations?: components["schemas"]["ArticleTranslationInput"][];
            visibility_config?: components["schemas"]["ArticleVisibilityConfig"];
        };
        CreateArticleResponseBody: {
            data?: components["schemas"]["Article"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        CreateAttachmentResponseBody: {
            data?: components["schemas"]["Attachment"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        CreateCollectionRequestBody: {
            /** @description Description of the collection. */
            description?: string;
            /** @description The id of the collection associated to the article */
            parent_collection_id?: string;
            /** @description The slug of the collection. Defaults to a slug based on the title. */
            slug?: string;
            /** @description The title of the collection. */
            title: string;
        };
        CreateCollectionResponseBody: {
            data?: components["schemas"]["Collection"];
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
        CreateCustomObjectRequestBody: {
            /** @description Custom field values to set on the object, keyed by field slug. To link the object to an account, pass the built-in Account relationship field as `custom_fields.account.value`, for example `{"custom_fields":{"account":{"value":"account_uuid"}}}`. */
            custom_fields?: {
                [key: string]: components["schemas"]["CustomFieldValue"];
            };
            /** @description The name of the custom object. */
            name: string;
        };
        CreateCustomObjectResponseBody: {
            data?: components["schemas"]["APICustomObject"];
            request_id?: string;
        };
        CreateFeatureRequestRequest: {
            /** @description The description of the feature request. Ignored when should_auto_fetch_evidence is true, since the description is then generated from gathered evidence. */
            description?: string;
            /** @description When true, asynchronously gathers supporting evidence and generates a description, mirroring the in-app experience. Defaults to false, which creates the feature request as-is. */
            should_auto_fetch_evidence?: boolean;
            /** @description The title of the feature request. */
            title: string;
        };
        CreateFeatureRequestResponseBody: {
            data?: components["schemas"]["FeatureRequest"];
            request_id?: string;
        };
        CreateIssueAIResponseRequestBody: {
            /** @description The ID of the AI agent to use to create the AI response. */
            ai_agent_id: string;
            /** @description Whether to post the AI response as an internal note on the issue. */
            post_as_internal_note?: boolean;
        };
        CreateIssueAIResponseResponseBody: {
            /** @description The request ID for tracking. */
            request_id?: string;
            /** @description The HTML content of the AI response. */
            response_html?: string;
            /** @description Whether the AI was able to answer the question. */
            response_valid?: boolean;
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
        CreateMacroRequestBody: {
            conditions?: components["schemas"]["Filter"];
            /** @description The ID of the macro group this macro belongs to. */
            macro_group_id: string;
            /** @description The name of the macro. */
            name: string;
            /** @description The HTML content of the macro. */
            text_html: string;
            /** @description The type of text: "reply", "note", or "email". Defaults to "reply". */
            text_type?: string;
            visibility?: components["schemas"]["VisibilityInput"];
        };
        CreateMacroResponseBody: {
            data?: components["schemas"]["Macro"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        CreateMilestoneRequestBody: {
            /** @description Account ID for this project */
            account_id?: string;
            /** @description Due date for this milestone, in RFC 3339 format */
            due_date?: string;
            /** @description Name for this milestone */
            name: string;
            /** @description Project ID for this milestone */
            project_id: string;
        };
        CreateMilestoneResponseBody: {
            data?: components["schemas"]["Milestone"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        CreateProjectRequestBody: {
            /** @description Account ID for this project */
            account_id: string;
            /**
             * @description Customer portal visible for this project
             * @default false
             */
            customer_portal_visible: boolean;
            /** @description Description HTML for this project */
            description_html?: string;
            /** @description End date for this project, in RFC 3339 format */
            end_date?: string;
            /** @description Name for this project */
            name: string;
            /** @description Owner ID for this project */
            owner_id?: string;
            /** @description Project template ID for this project */
            project_template_id?: string;
            /** @description Start date for this project, in RFC 3339 format */
            start_date?: string;
        };
        CreateProjectResponseBody: {
            data?: components["schemas"]["Project"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        CreateRouteRedirectRequestBody: {
            /** @description The path to redirect from. */
            from_path: string;
            /** @description Language of the object to redirect to. If not specified, the default language of the knowledge base will be used. */
            language?: string;
            /** @description The ID of the object to redirect to. */
            object_id: string;
            /** @description The type of the object to redirect to. Must be "article" or "collection". */
            object_type: string;
        };
        CreateRouteRedirectResponseBody: {
            data?: components["schemas"]["RouteRedirect"];
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
        CreateTaskCommentRequestBody: {
            /** @description The body of the comment in HTML format. */
            body_html: string;
            /** @description Whether the comment is visible only to internal users. */
            is_internal?: boolean;
        };
        CreateTaskCommentResponseBody: {
            data?: components["schemas"]["TaskComment"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        CreateTaskRequestBody: {
            /** @description Account ID for this task */
            account_id?: string;
            /** @description Assignee ID for this task */
            assignee_id?: string;
            /** @description Body HTML for this task */
            body_html?: string;
            /** @description An array of custom fields to be used on this task. */
            custom_fields?: components["schemas"]["CustomFieldValue"][];
            /**
             * @description Customer portal visible for this task
             * @default false
             */
            customer_portal_visible: boolean;
            /** @description Due date for this task, in RFC 3339 format */
            due_date?: string;
            /** @description Milestone ID for this task */
            milestone_id?: string;
            /** @description Parent task ID, to create this task as a subtask */
            parent_task_id?: string;
            /** @description Project ID for this task */
            project_id?: string;
            status?: components["schemas"]["TaskStatus"];
            /** @description Title for this task */
            title: string;
        };
        CreateTaskResponseBody: {
            data?: components["schemas"]["Task"];
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
        CreateTrainingDataRequestBody: {
            /** @description The name of the training data container. */
            training_data_name?: string;
            /**
             * @description The visibility of the training data. Defaults to "everyone".
             *
             *     Valid values: "everyone", "user_only", "ai_agent_only"
             */
            visibility?: string;
        };
        CreateTrainingDataResponseBody: {
            data?: components["schemas"]["TrainingData"];
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
        DeleteArticleResponseBody: {
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        DeleteCallRecordingResponseBody: {
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        DeleteCollectionResponseBody: {
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        DeleteContactResponseBody: {
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        DeleteCustomObjectResponseBody: {
            request_id?: string;
        };
        DeleteFeatureRequestResponseBody: {
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
        DeleteMilestoneResponseBody: {
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        DeleteProjectResponseBody: {
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        DeleteTagResponseBody: {
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        DeleteTaskCommentResponseBody: {
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        DeleteTaskResponseBody: {
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        DeleteTrainingDataDocumentsResponseBody: {
            deleted_count?: number;
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
        DisconnectDevinData: {
            /** @description Whether the caller's Devin OAuth grant is revoked. */
            disconnected?: boolean;
        };
        DisconnectDevinResponseBody: {
            data?: components["schemas"]["DisconnectDevinData"];
            /** @description The request ID for tracking. */
            request_id?: string;
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
        FeatureRequest: {
            /** @description The time the feature request was created (RFC3339). */
            created_at?: string;
            /** @description Custom field values associated with the feature request, keyed by custom field slug. */
            custom_fields?: {
                [key: string]: components["schemas"]["CustomFieldValue"];
            };
            /** @description The description of the feature request. */
            description?: string;
            /** @description Evidence items linked to this feature request. Only populated when fetch_evidence=true. */
            evidence?: components["schemas"]["FeatureRequestEvidence"][];
            /** @description The number of evidence items (excluding irrelevant) linked to this feature request. */
            evidence_count?: number;
            /** @description The ID of the feature request. */
            id?: string;
            /** @description Account IDs that can see this feature request in the customer portal. Empty means hidden from all accounts. Only takes effect when the Feature Requests tab is enabled in portal settings. */
            portal_visible_to_account_ids?: string[];
            /** @description The status of the feature request. Can be a built-in status (new, in_progress, closed, archived) or a custom status slug. */
            request_status?: string;
            /** @description The title of the feature request. */
            title?: string;
            /** @description The time the feature request was last updated (RFC3339). */
            updated_at?: string;
        };
        FeatureRequestEvidence: {
            /** @description The ID of the customer account that submitted this evidence (e.g. the account whose issue or call recording is linked), if available. */
            account_id?: string;
            /** @description The URL of the evidence in the external system (e.g. Fathom, Gong). Only included for call recording evidence when the value is known; omitted for other evidence sources. */
            external_url?: string;
            /** @description The ID of the linked issue. Only present for issue evidence. */
            source_id?: string;
            /** @description The source type of the evidence (e.g. 'issue', 'call_recording', 'survey_response', 'manual'). */
            source_type?: string;
            /** @description An AI-generated summary of why this evidence supports the feature request. */
            summary?: string;
        };
        FeatureRequestSearchResult: {
            /** @description IDs of customer accounts that have requested this feature, resolved via the evidence chain. */
            account_ids?: string[];
            /** @description The time the feature request was created (RFC3339). */
            created_at?: string;
            /** @description Custom field values associated with the feature request, keyed by custom field slug. */
            custom_fields?: {
                [key: string]: components["schemas"]["CustomFieldValue"];
            };
            /** @description The description of the feature request. */
            description?: string;
            /** @description The number of evidence items (excluding irrelevant) linked to this feature request. */
            evidence_count?: number;
            /** @description The ID of the feature request. */
            id?: string;
            /** @description Account IDs that can see this feature request in the customer portal. Empty means hidden from all accounts. Only takes effect when the Feature Requests tab is enabled in portal settings. */
            portal_visible_to_account_ids?: string[];
            /** @description The status of the feature request. Can be a built-in status (new, in_progress, closed, archived) or a custom status slug. */
            request_status?: string;
            /** @description The title of the feature request. */
            title?: string;
            /** @description The time the feature request was last updated (RFC3339). */
            updated_at?: string;
        };
        Filter: {
            /**
             * @description The field for this filter.  For allowed fields, see the documentation for
             *
             *     the specific endpoint you are using.
             *
             *     For non-compound filters (any operators other than "and" or "or"),
             *
             *     Field must be set, along with either Value or Values, depending on the operator.
             */
            field: string;
            /**
             * @description The operator for this filter.
             *
             *     `equals`: Matches objects that are exactly equal to the value in the field.
             *
             *     `not_equals`: Matches objects that are not exactly equal to the value in the field.
             *
             *     `contains`: For a multi-valued field, such as tags, this operator will match  objects that contain any of the values in the field.
             *
             *     `does_not_contain`: For a multi-valued field, such as tags, this operator will match  objects that do not contain any of the values in the field.
             *
             *     `in`: Matches objects if the field is one of several possible values,  as specified in the values array.
             *
             *     `not_in`: Matches objects if the field is none of several possible values,  as specified in the values array.
             *
             *     `and`: Matches objects only if all subfilters match.
             *
             *     `or`: Matches objects if any subfilter matches.
             *
             *     `time_is_after`: Matches objects if the field is after the given time.
             *
             *     `time_is_before`: Matches objects if the field is before the given time.
             *
             *     `time_range`: Matches objects if the field is between the given times.
             *
             *     `string_contains`: Matches objects if the field contains the given string.
             *
             *     `string_does_not_contain`: Matches objects if the field does not contain the given string.
             *
             *     `is_set`: Matches objects if the field is set.
             *
             *     `is_unset`: Matches objects if the field is unset.
             *
             *     `greater_than`: Matches objects if the numeric field is greater than the given value.
             *
             *     `less_than`: Matches objects if the numeric field is less than the given value.
             *
             *     `greater_than_or_equals`: Matches objects if the numeric field is greater than or equal to the given value.
             *
             *     `less_than_or_equals`: Matches objects if the numeric field is less than or equal to the given value.
             * @enum {string}
             */
            operator: "equals" | "not_equals" | "contains" | "does_not_contain" | "in" | "not_in" | "and" | "or" | "time_is_after" | "time_is_before" | "time_range" | "string_contains" | "string_does_not_contain" | "is_set" | "is_unset" | "greater_than" | "less_than" | "greater_than_or_equals" | "less_than_or_equals";
            /**
             * @description Sub-filters for this filter.  Valid only when operator is "and" or "or".
             *
             *     The maximum allowed depth for a tree of filters is 3.
             */
            subfilters?: components["schemas"]["Filter"][];
            /**
             * @description The value for this filter. Only used for single-valued operators
             *
             *     ("equals", "not_equals", "contains", "does_not_contain")
             */
            value?: string;
            /** @description The values for this filter. Only used for multi-valued operators ("in", "not_in"). */
            values?: string[];
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
        GetArticleResponseBody: {
            data?: components["schemas"]["Article"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        GetArticlesResponseBody: {
            /** @description The data payload of the response. */
            data?: components["schemas"]["Article"][];
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
        GetCallRecordingResponseBody: {
            data?: components["schemas"]["CallRecording"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        GetCollectionResponseBody: {
            data?: components["schemas"]["Collection"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        GetCollectionsResponseBody: {
            /** @description The data payload of the response. */
            data?: components["schemas"]["Collection"][];
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
        GetCustomObjectResponseBody: {
            data?: components["schemas"]["APICustomObject"];
            request_id?: string;
        };
        GetCustomObjectsResponseBody: {
            data?: components["schemas"]["APICustomObject"][];
            pagination?: components["schemas"]["Pagination"];
            request_id?: string;
        };
        GetFeatureRequestResponseBody: {
            data?: components["schemas"]["FeatureRequest"];
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
        GetIssueVoiceCallsResponseBody: {
            /** @description The voice calls associated with the issue, including recordings and transcripts. */
            data?: components["schemas"]["VoiceCall"][];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        GetKnowledgeBaseResponseBody: {
            data?: components["schemas"]["KnowledgeBase"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        GetKnowledgeBasesResponseBody: {
            /** @description The data payload of the response. */
            data?: components["schemas"]["KnowledgeBase"][];
            pagination?: components["schemas"]["Pagination"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        GetMacroGroupsResponseBody: {
            /** @description The data payload of the response. */
            data?: components["schemas"]["MacroGroup"][];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        GetMacroResponseBody: {
            data?: components["schemas"]["Macro"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        GetMacrosResponseBody: {
            /** @description The data payload of the response. */
            data?: components["schemas"]["Macro"][];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        GetMeResponseBody: {
            data?: components["schemas"]["Me"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        GetMilestoneResponseBody: {
            data?: components["schemas"]["Milestone"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        GetProjectResponseBody: {
            data?: components["schemas"]["Project"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        GetSurveyResponseBody: {
            data?: components["schemas"]["Survey"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        GetSurveyResponsesResponseBody: {
            /** @description The data payload of the response. */
            data?: components["schemas"]["SurveyResponse"][];
            pagination?: components["schemas"]["Pagination"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        GetSurveysResponseBody: {
            /** @description The data payload of the response. */
            data?: components["schemas"]["Survey"][];
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
        GetTaskCommentsResponseBody: {
            /** @description The data payload of the response. */
            data?: components["schemas"]["TaskComment"][];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        GetTaskResponseBody: {
            data?: components["schemas"]["Task"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        GetTasksResponseBody: {
            /** @description The data payload of the response. */
            data?: components["schemas"]["Task"][];
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
        GetTrainingDataResponseBody: {
            data?: components["schemas"]["TrainingData"];
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
        KnowledgeBase: {
            /** @description The default language of the knowledge base. */
            default_language?: string;
            /** @description The ID of the knowledge base. */
            id?: string;
            /** @description The slug of the knowledge base. */
            slug?: string;
            /** @description The list of supported languages for the knowledge base. */
            supported_languages?: string[];
            /** @description The name of the knowledge base. */
            title?: string;
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
        ListTrainingDataResponseBody: {
            data?: components["schemas"]["TrainingData"][];
            request_id?: string;
        };
        Macro: {
            /** @description The actions that execute when this macro is applied. */
            actions?: components["schemas"]["MacroAction"][];
            /** @description The time the macro was created. */
            created_at?: string;
            /** @description Whether this macro has actions that execute when applied. */
            has_actions?: boolean;
            /** @description The ID of the macro. */
            id?: string;
            /** @description The ID of the macro group this macro belongs to. */
            macro_group_id?: string;
            /** @description The name of the macro. */
            name?: string;
            /** @description The HTML content of the macro. */
            text_html?: string;
            /** @description The type of text: "reply", "note", or "email". */
            text_type?: string;
            /** @description The time the macro was last updated. */
            updated_at?: string;
            visibility?: components["schemas"]["Visibility"];
        };
        MacroAction: {
            /** @description The action type identifier (e.g. "set_issue_state", "set_issue_tags"). */
            type?: string;
        };
        MacroGroup: {
            /** @description The time the macro group was created. */
            created_at?: string;
            /** @description The ID of the macro group. */
            id?: string;
            /** @description The title of the macro group. */
            title?: string;
            /** @description The time the macro group was last updated. */
            updated_at?: string;
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
        Milestone: {
            account?: components["schemas"]["MiniAccount"];
            created_at?: string;
            due_date?: string;
            id?: string;
            name?: string;
            project?: components["schemas"]["MiniProject"];
            updated_at?: string;
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
        MiniMilestone: {
            /** @description The ID of the milestone. */
            id?: string;
        };
        MiniProject: {
            /** @description The ID of the project. */
            id?: string;
        };
        MiniProjectTemplate: {
            /** @description The ID of the project template. */
            id?: string;
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
        Project: {
            account?: components["schemas"]["MiniAccount"];
            /** @description The archived at time of the project in RFC3339 format. */
            archived_at?: string;
            /** @description The created at time of the project. */
            created_at?: string;
            /** @description Custom fields for this project, keyed by slug. */
            custom_fields?: {
                [key: string]: components["schemas"]["CustomFieldValue"];
            };
            /** @description The customer portal visible of the project. */
            customer_portal_visible?: boolean;
            /** @description The description of the project in HTML format. */
            description_html?: string;
            /** @description The end date of the project in RFC3339 format. */
            end_date?: string;
            /** @description The ID of the project. */
            id?: string;
            /** @description Whether the project is archived. */
            is_archived?: boolean;
            /** @description The name of the project. */
            name?: string;
            /** @description The owner ID of the project. */
            owner_id?: string;
            project_template?: components["schemas"]["MiniProjectTemplate"];
            /** @description The start date of the project in RFC3339 format. */
            start_date?: string;
            /** @description The updated at time of the project. */
            updated_at?: string;
        };
        RedactMessageResponseBody: {
            data?: components["schemas"]["Message"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        RequestArticleReviewData: {
            /** @description The approval status of the article version after the request. */
            approval_status?: string;
            /** @description The ID of the article the review was requested for. */
            article_id?: string;
            /** @description The ID of the article version the review was requested for. */
            article_version_id?: string;
        };
        RequestArticleReviewRequestBody: {
            /** @description When true, also queue an AI review. Requires the organization to have AI article review enabled. */
            request_ai_review?: boolean;
            /** @description IDs of users to request a human review from. Each user must already be a configured reviewer for the article's knowledge base. */
            reviewer_user_ids?: string[];
        };
        RequestArticleReviewResponseBody: {
            data?: components["schemas"]["RequestArticleReviewData"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        RouteRedirect: {
            /** @description The time at which the route redirect was created. */
            created_at?: string;
            /** @description The path to redirect from. */
            from_path?: string;
            /** @description The ID of the route redirect. */
            id?: string;
            /** @description The language of the object to redirect to. */
            language?: string;
            /** @description The ID of the object to redirect to. */
            object_id?: string;
            /** @description The type of the object to redirect to. */
            object_type?: string;
        };
        SearchAccountsResponseBody: {
            /** @description The data payload of the response. */
            data?: components["schemas"]["Account"][];
            pagination?: components["schemas"]["Pagination"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        SearchCallRecordingsResponseBody: {
            /** @description The data payload of the response. */
            data?: components["schemas"]["CallRecording"][];
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
        SearchCustomObjectsResponseBody: {
            data?: components["schemas"]["APICustomObject"][];
            pagination?: components["schemas"]["Pagination"];
            request_id?: string;
        };
        SearchFeatureRequestsRequest: {
            /** @description Filter by one or more account IDs. Returns only feature requests with evidence linked to any of the given accounts. */
            account_ids?: string[];
            /** @description The maximum number of feature requests to return. Defaults to 100, max 1000. */
            limit?: number;
            /** @description A search query string for semantic and keyword matching. If omitted, all feature requests are returned (subject to other filters and limit). */
            query?: string;
            /** @description Filter by one or more request statuses. Each value can be a built-in status (new, in_progress, closed, archived) or a custom status slug. */
            request_statuses?: string[];
        };
        SearchFeatureRequestsResponseBody: {
            data?: components["schemas"]["FeatureRequestSearchResult"][];
            request_id?: string;
        };
        SearchIssuesResponseBody: {
            data?: components["schemas"]["Issue"][];
            pagination?: components["schemas"]["Pagination"];
            request_id?: string;
        };
        SearchProjectsResponseBody: {
            data?: components["schemas"]["Project"][];
            pagination?: components["schemas"]["Pagination"];
            request_id?: string;
        };
        SearchSurveysResponseBody: {
            data?: components["schemas"]["Survey"][];
            request_id?: string;
        };
        SearchTasksResponseBody: {
            data?: components["schemas"]["Task"][];
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
        SetFeatureRequestPortalVisibilityRequestBody: {
            /** @description The account IDs to add or remove portal visibility for. */
            account_ids: string[];
            /** @description Whether the specified accounts should be able to see this feature request in the portal. True to add visibility, false to remove. */
            visible: boolean;
        };
        SetFeatureRequestPortalVisibilityResponseBody: {
            data?: components["schemas"]["FeatureRequest"];
            request_id?: string;
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
        /** Survey represents a survey in the API response. */
        Survey: {
            /** @description The unique identifier of the survey. */
            id?: string;
            /** @description The name of the survey. */
            name?: string;
            /**
             * @description The type of the survey.
             *
             *     `nps`: Represents an NPS survey.
             *
             *     `csat`: Represents a CSAT survey.
             *
             *     `custom`: Represents a custom survey.
             * @enum {string}
             */
            type?: "nps" | "csat" | "custom";
            /** @description When the survey was last updated (RFC3339 format). */
            updated_at?: string;
        };
        /** SurveyResponse represents a survey response in the API. */
        SurveyResponse: {
            /** @description The ID of the account associated with the response. */
            account_id?: string;
            /** @description The answers submitted in this response. */
            answers?: components["schemas"]["SurveyResponseAnswer"][];
            /** @description The ID of the contact who submitted the response. */
            contact_id?: string;
            /** @description The unique identifier of the survey response. */
            id?: string;
            /**
             * Format: date-time
             * @description When the response was submitted.
             */
            submitted_at?: string;
        };
        /** SurveyResponseAnswer represents an answer in a survey response. */
        SurveyResponseAnswer: {
            /** @description The prompt/question that was answered. */
            prompt?: string;
            /** @description The type of question (score or comment). */
            question_type?: string;
            /** @description The value of the answer. */
            value?: string;
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
        Task: {
            account?: components["schemas"]["MiniAccount"];
            assignee?: components["schemas"]["Actor"];
            /** @description The body of the task in HTML format. */
            body_html?: string;
            /** @description The created at time of the task. */
            created_at?: string;
            /** @description Custom field values associated with the task, keyed by custom field slug. */
            custom_fields?: {
                [key: string]: components["schemas"]["CustomFieldValue"];
            };
            /** @description The customer portal visible of the task. */
            customer_portal_visible?: boolean;
            /** @description The due date of the task in RFC3339 format. */
            due_date?: string;
            /** @description The ID of the task. */
            id?: string;
            milestone?: components["schemas"]["MiniMilestone"];
            /** @description The ID of the parent task, if this is a subtask. */
            parent_task_id?: string;
            project?: components["schemas"]["MiniProject"];
            status?: components["schemas"]["TaskStatus"];
            /** @description The IDs of subtasks belonging to this task. */
            subtask_ids?: string[];
            /** @description The title of the task. */
            title?: string;
            /** @description The updated at time of the task. */
            updated_at?: string;
        };
        TaskComment: {
            author?: components["schemas"]["Actor"];
            /** @description The body of the comment in HTML format. */
            body_html?: string;
            /** @description The created at time of the comment. */
            created_at?: string;
            /** @description The ID of the comment. */
            id?: string;
            /** @description Whether the comment is visible only to internal users. */
            is_internal?: boolean;
            /** @description The time the comment was last edited, in RFC3339 format. */
            last_edited_at?: string;
            /** @description The ID of the task this comment belongs to. */
            task_id?: string;
            /** @description The updated at time of the comment. */
            updated_at?: string;
        };
        TaskStatus: string;
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
        TrainingData: {
            created_at?: string;
            documents?: components["schemas"]["TrainingDataDocument"][];
            exclude_from_kb_search?: boolean;
            id?: string;
            name?: string;
            scrape_status?: components["schemas"]["TrainingDataScrapeStatus"];
            type?: string;
            updated_at?: string;
            visibility?: string;
        };
        TrainingDataDocument: {
            external_id?: string;
            file_name?: string;
            file_size?: number;
            file_type?: string;
            id?: string;
            s3_key?: string;
        };
        TrainingDataScrapeStatus: {
            last_scraped_at?: string;
            pages_scraped?: number;
            status?: string;
            total_pages?: number;
        };
        TrainingDataUploadResponseBody: {
            data?: components["schemas"]["TrainingData"];
            request_id?: string;
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
        UpdateArticleRequestBody: {
            /** @description The HTML body of the article. */
            body_html?: string;
            /** @description Whether the article should be published or unpublished. */
            is_published?: boolean;
            /** @description Whether the article can only be accessible only via direct link. */
            is_unlisted?: boolean;
            /** @description The language code of the translation to update. If not provided, the default language (original article) will be updated. */
            language?: string;
            /** @description Whether the changes to the article should be published. Defaults to false. */
            publish_updated_body_html?: boolean;
            /** @description IDs of article tags to assign. If provided, replaces all tags currently assigned to the article. */
            tag_ids?: string[];
            /** @description The title of the article. */
            title?: string;
            visibility_config?: components["schemas"]["ArticleVisibilityConfig"];
        };
        UpdateArticleResponseBody: {
            data?: components["schemas"]["Article"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        UpdateCallRecordingRequestBody: {
            /** @description The account ID to associate with the call recording. Pass an empty string to remove the account association. */
            account_id?: string;
            /** @description An array of custom fields to set on the call recording. Only passed in fields will be modified. */
            custom_fields?: components["schemas"]["CustomFieldValue"][];
        };
        UpdateCallRecordingResponseBody: {
            data?: components["schemas"]["CallRecording"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        UpdateCollectionRequestBody: {
            /** @description The description of the collection. */
            description?: string;
            /** @description The slug of the collection. */
            slug?: string;
            /** @description The title of the collection. */
            title?: string;
            visibility_config?: components["schemas"]["CollectionVisibilityConfig"];
        };
        UpdateCollectionResponseBody: {
            data?: components["schemas"]["Collection"];
            /** @description The request ID for tracking. */
            request_id?: string;
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
        UpdateCustomObjectRequestBody: {
            /** @description Custom field values to set on the object, keyed by field slug. To update the linked account, pass the built-in Account relationship field as `custom_fields.account.value`, for example `{"custom_fields":{"account":{"value":"account_uuid"}}}`. */
            custom_fields?: {
                [key: string]: components["schemas"]["CustomFieldValue"];
            };
            /** @description The name of the custom object. */
            name?: string;
        };
        UpdateCustomObjectResponseBody: {
            data?: components["schemas"]["APICustomObject"];
            request_id?: string;
        };
        UpdateCustomObjectsRequest: {
            /** @description Custom field values to apply to every listed custom object, keyed by field slug. To unset a field, pass its slug with an empty value. */
            custom_fields?: {
                [key: string]: components["schemas"]["CustomFieldValue"];
            };
            /** @description The IDs of the custom objects to update. Must be between 1 and 100 IDs. */
            ids: string[];
        };
        UpdateCustomObjectsResponseBody: {
            request_id?: string;
            success?: boolean;
            updated_ids?: string[];
        };
        UpdateFeatureRequestRequestBody: {
            /** @description An array of custom fields to set. Only passed-in fields will be modified. */
            custom_fields?: components["schemas"]["CustomFieldValue"][];
            /** @description The new request status. Can be a built-in status (new, in_progress, closed, archived) or a custom status slug. */
            request_status?: string;
        };
        UpdateFeatureRequestResponseBody: {
            data?: components["schemas"]["FeatureRequest"];
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
        UpdateMacroRequestBody: {
            conditions?: components["schemas"]["Filter"];
            /** @description The ID of the macro group this macro belongs to. */
            macro_group_id?: string;
            /** @description The name of the macro. */
            name?: string;
            /** @description The HTML content of the macro. */
            text_html?: string;
            /** @description The type of text: "reply", "note", or "email". */
            text_type?: string;
            visibility?: components["schemas"]["VisibilityInput"];
        };
        UpdateMacroResponseBody: {
            data?: components["schemas"]["Macro"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        UpdateMilestoneRequestBody: {
            /** @description Due date for this milestone, in RFC 3339 format */
            due_date?: string;
            /** @description Name for this milestone */
            name?: string;
        };
        UpdateMilestoneResponseBody: {
            data?: components["schemas"]["Milestone"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        UpdateProjectRequestBody: {
            /** @description An array of custom fields to be used on this project. Only passed in fields will be modified. */
            custom_fields?: components["schemas"]["CustomFieldValue"][];
            /** @description Customer portal visible for this project */
            customer_portal_visible?: boolean;
            /** @description Description HTML for this project */
            description_html?: string;
            /** @description End date for this project, in RFC 3339 format */
            end_date?: string;
            /** @description Whether the project is archived */
            is_archived?: boolean;
            /** @description Name for this project */
            name?: string;
            /** @description Owner ID for this project */
            owner_id?: string;
            /** @description Start date for this project, in RFC 3339 format */
            start_date?: string;
        };
        UpdateProjectResponseBody: {
            data?: components["schemas"]["Project"];
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
        UpdateTaskCommentRequestBody: {
            /** @description The updated body of the comment in HTML format. */
            body_html: string;
        };
        UpdateTaskCommentResponseBody: {
            data?: components["schemas"]["TaskComment"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        UpdateTaskRequestBody: {
            /** @description Assignee ID for this task */
            assignee_id?: string;
            /** @description Body HTML for this task */
            body_html?: string;
            /** @description An array of custom fields to be used on this task. Only passed in fields will be modified. */
            custom_fields?: components["schemas"]["CustomFieldValue"][];
            /** @description Customer portal visible for this task */
            customer_portal_visible?: boolean;
            /** @description Due date for this task, in RFC 3339 format */
            due_date?: string;
            /** @description Milestone ID for this task */
            milestone_id?: string;
            /** @description Project ID for this task */
            project_id?: string;
            status?: components["schemas"]["TaskStatus"];
            /** @description Title for this task */
            title?: string;
        };
        UpdateTaskResponseBody: {
            data?: components["schemas"]["Task"];
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
        UploadTrainingDataFileContentRequestBody: {
            /** @description The text content to upload. */
            content?: string;
            /** @description External ID for idempotent operations (optional). */
            external_id?: string;
            /** @description The name for the uploaded file. */
            file_name?: string;
            /** @description The ID of an existing training data container to upload to (optional). */
            training_data_id?: string;
            /** @description The name of a new training data container (required if training_data_id not provided). */
            training_data_name?: string;
            /** @description Visibility of the training data. Defaults to "everyone". */
            visibility?: string;
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
        /** Visibility represents the visibility settings of a resource in responses. */
        Visibility: {
            /** @description Team IDs who can access the resource. */
            team_ids?: string[];
            /** @description The visibility type. */
            type?: string;
            /** @description User IDs who can access the resource. */
            user_ids?: string[];
        };
        /** VisibilityInput represents visibility settings for a resource. */
        VisibilityInput: {
            /** @description Team IDs who can access the resource. Required when type is "team" or "users_and_teams". */
            team_ids?: string[];
            /**
             * @description The visibility type: "org" (entire organization), "user" (specific users),
             *
             *     "team" (specific teams), or "users_and_teams" (specific users and teams).
             *
             *     `org`: Visible to the entire organization.
             *
             *     `user`: Visible to specific users only.
             *
             *     `team`: Visible to specific teams only.
             *
             *     `users_and_teams`: Visible to specific users and teams.
             * @enum {string}
             */
            type: "org" | "user" | "team" | "users_and_teams";
            /** @description User IDs who can access the resource. Required when type is "user" or "users_and_teams". */
            user_ids?: string[];
        };
        VoiceCall: {
            /** @description RFC3339 timestamp of when the call record was created. */
            created_at?: string;
            /** @description The duration of the call in seconds. */
            duration_sec?: number;
            /** @description The phone number that originated the call. */
            from_phone_number?: string;
            /** @description The ID of the voice call. */
            id?: string;
            /** @description Recordings produced for this call. */
            recordings?: components["schemas"]["VoiceCallRecording"][];
            /** @description The phone number that was dialed. */
            to_phone_number?: string;
        };
        VoiceCallRecording: {
            /** @description A presigned URL to download the audio file. Expires 1 hour after this response is generated; refetch the voice call to get a new URL. */
            download_url?: string;
            /** @description The ID of the recording. */
            id?: string;
            /** @description Parsed transcript with one entry per spoken segment. */
            transcript_segments?: components["schemas"]["VoiceCallTranscriptSegment"][];
        };
        VoiceCallTranscriptSegment: {
            /** @description The speaker label for this segment. */
            speaker?: string;
            /** @description The text spoken in this segment. */
            text?: string;
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
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
    GetCallRecording: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the call recording to fetch. */
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
                    "application/json": components["schemas"]["GetCallRecordingResponseBody"];
                };
            };
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
    DeleteCallRecording: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The Pylon ID of the call recording to delete. */
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
                    "application/json": components["schemas"]["DeleteCallRecordingResponseBody"];
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
    UpdateCallRecording: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the call recording to update. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCallRecordingRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateCallRecordingResponseBody"];
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
    SearchCallRecordings: {
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
                    "application/json": components["schemas"]["SearchCallRecordingsResponseBody"];
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
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
    GetCustomObjects: {
        parameters: {
            query?: {
                /** @description Pagination cursor for the next page. */
                cursor?: string;
                /** @description Number of results per page. Defaults to 25, max 100. */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description The type slug of the custom object (e.g. "companies"). */
                type: string;
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
                    "application/json": components["schemas"]["GetCustomObjectsResponseBody"];
                };
            };
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
    CreateCustomObject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The type slug of the custom object (e.g. "companies"). */
                type: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCustomObjectRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCustomObjectResponseBody"];
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
    UpdateCustomObjects: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The type slug of the custom object (e.g. "opportunity"). */
                type: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCustomObjectsRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateCustomObjectsResponseBody"];
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
    GetCustomObject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the custom object. */
                id: string;
                /** @description The type slug of the custom object (e.g. "companies"). */
                type: string;
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
                    "application/json": components["schemas"]["GetCustomObjectResponseBody"];
                };
            };
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
    DeleteCustomObject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the custom object. */
                id: string;
                /** @description The type slug of the custom object (e.g. "companies"). */
                type: string;
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
                    "application/json": components["schemas"]["DeleteCustomObjectResponseBody"];
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
    UpdateCustomObject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the custom object. */
                id: string;
                /** @description The type slug of the custom object (e.g. "companies"). */
                type: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCustomObjectRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateCustomObjectResponseBody"];
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
    SearchCustomObjects: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The type slug of the custom object (e.g. "companies"). */
                type: string;
            };
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
                    "application/json": components["schemas"]["SearchCustomObjectsResponseBody"];
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
    CreateFeatureRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFeatureRequestRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateFeatureRequestResponseBody"];
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
    GetFeatureRequest: {
        parameters: {
            query?: {
                /** @description Whether to include evidence items in the response. Defaults to false. */
                fetch_evidence?: boolean;
            };
            header?: never;
            path: {
                /** @description The ID of the feature request to fetch. */
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
                    "application/json": components["schemas"]["GetFeatureRequestResponseBody"];
                };
            };
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
    DeleteFeatureRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the feature request to delete. */
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
                    "application/json": components["schemas"]["DeleteFeatureRequestResponseBody"];
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
    UpdateFeatureRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the feature request to update. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFeatureRequestRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateFeatureRequestResponseBody"];
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
    SetFeatureRequestPortalVisibility: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the feature request. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetFeatureRequestPortalVisibilityRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SetFeatureRequestPortalVisibilityResponseBody"];
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
    SearchFeatureRequests: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SearchFeatureRequestsRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchFeatureRequestsResponseBody"];
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
    DisconnectDevin: {
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
                    "application/json": components["schemas"]["DisconnectDevinResponseBody"];
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
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
    CreateIssueAIResponse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID or number of the issue to create an AI response for. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateIssueAIResponseRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateIssueAIResponseResponseBody"];
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
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
    GetIssueVoiceCalls: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the issue to fetch voice calls for. */
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
                    "application/json": components["schemas"]["GetIssueVoiceCallsResponseBody"];
                };
            };
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
    GetKnowledgeBases: {
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
                    "application/json": components["schemas"]["GetKnowledgeBasesResponseBody"];
                };
            };
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
    GetKnowledgeBase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the knowledge base. */
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
                    "application/json": components["schemas"]["GetKnowledgeBaseResponseBody"];
                };
            };
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
    GetArticles: {
        parameters: {
            query?: {
                /** @description The cursor to use for pagination. */
                cursor?: string;
                /** @description The language code to fetch articles in. If not provided, returns the default language. */
                language?: string;
                /** @description The number of articles to fetch. Defaults to 100. Must be greater than 0 and less than 1000. */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description The ID of the knowledge base the articles are being fetched from. */
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
                    "application/json": components["schemas"]["GetArticlesResponseBody"];
                };
            };
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
    CreateArticle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the knowledge base the article is being added to. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateArticleRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateArticleResponseBody"];
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
    GetArticle: {
        parameters: {
            query?: {
                /** @description The language code to fetch the article in. If not provided, returns the default language. */
                language?: string;
            };
            header?: never;
            path: {
                /** @description The ID of the article to fetch. */
                article_id: string;
                /** @description The KnowledgeBaseID of the article to fetch. */
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
                    "application/json": components["schemas"]["GetArticleResponseBody"];
                };
            };
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
    DeleteArticle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the article to delete. */
                article_id: string;
                /** @description The KnowledgeBaseID of the article to delete. */
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
                    "application/json": components["schemas"]["DeleteArticleResponseBody"];
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
    UpdateArticle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the article to update. */
                article_id: string;
                /** @description The KnowledgeBaseID of the article to update. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateArticleRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateArticleResponseBody"];
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
    RequestArticleReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the article to request review for. */
                article_id: string;
                /** @description The ID of the knowledge base the article belongs to. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestArticleReviewRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestArticleReviewResponseBody"];
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
    GetCollections: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the knowledge base */
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
                    "application/json": components["schemas"]["GetCollectionsResponseBody"];
                };
            };
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
    CreateCollection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the knowledge base the article is being added to. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCollectionRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCollectionResponseBody"];
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
    GetCollection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the collection */
                collection_id: string;
                /** @description The ID of the knowledge base */
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
                    "application/json": components["schemas"]["GetCollectionResponseBody"];
                };
            };
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
    DeleteCollection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the collection to delete. */
                collection_id: string;
                /** @description The ID of the knowledge base that the collection belongs to. */
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
                    "application/json": components["schemas"]["DeleteCollectionResponseBody"];
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
    UpdateCollection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the collection to update. */
                collection_id: string;
                /** @description The ID of the knowledge base that the collection belongs to. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCollectionRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateCollectionResponseBody"];
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
    CreateRouteRedirect: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the knowledge base the route redirect is being added to. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRouteRedirectRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateRouteRedirectResponseBody"];
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
    GetMacroGroups: {
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
                    "application/json": components["schemas"]["GetMacroGroupsResponseBody"];
                };
            };
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
    GetMacros: {
        parameters: {
            query?: {
                /** @description Filter macros by macro group ID. */
                macro_group_id?: string;
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
                    "application/json": components["schemas"]["GetMacrosResponseBody"];
                };
            };
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
    CreateMacro: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMacroRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateMacroResponseBody"];
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
    GetMacro: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the macro. */
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
                    "application/json": components["schemas"]["GetMacroResponseBody"];
                };
            };
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
    UpdateMacro: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the macro to update. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMacroRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateMacroResponseBody"];
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
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
    CreateMilestone: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMilestoneRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateMilestoneResponseBody"];
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
    GetMilestone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the milestone to fetch. */
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
                    "application/json": components["schemas"]["GetMilestoneResponseBody"];
                };
            };
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
    DeleteMilestone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the milestone to delete. */
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
                    "application/json": components["schemas"]["DeleteMilestoneResponseBody"];
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
    UpdateMilestone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the milestone to update. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMilestoneRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateMilestoneResponseBody"];
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
    CreateProject: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProjectRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateProjectResponseBody"];
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
    GetProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the project to fetch. */
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
                    "application/json": components["schemas"]["GetProjectResponseBody"];
                };
            };
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
    DeleteProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the project to delete. */
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
                    "application/json": components["schemas"]["DeleteProjectResponseBody"];
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
    UpdateProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the project to update. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProjectRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateProjectResponseBody"];
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
    SearchProjects: {
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
                    "application/json": components["schemas"]["SearchProjectsResponseBody"];
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
    GetSurveys: {
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
                    "application/json": components["schemas"]["GetSurveysResponseBody"];
                };
            };
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
    GetSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the survey. */
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
                    "application/json": components["schemas"]["GetSurveyResponseBody"];
                };
            };
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
    GetSurveyResponses: {
        parameters: {
            query?: {
                /** @description Filter responses by account ID. */
                account_id?: string;
                /** @description Filter responses by contact ID. */
                contact_id?: string;
                /** @description The cursor for pagination. */
                cursor?: string;
                /** @description The number of responses to fetch. Defaults to 100. Must be greater than 0 and less than 1000. */
                limit?: number;
                /** @description Filter responses submitted after this time (RFC3339 format). */
                submitted_after?: string;
                /** @description Filter responses submitted before this time (RFC3339 format). */
                submitted_before?: string;
            };
            header?: never;
            path: {
                /** @description The ID of the survey. */
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
                    "application/json": components["schemas"]["GetSurveyResponsesResponseBody"];
                };
            };
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
    SearchSurveys: {
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
                    "application/json": components["schemas"]["SearchSurveysResponseBody"];
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
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
    GetTasks: {
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
                    "application/json": components["schemas"]["GetTasksResponseBody"];
                };
            };
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
    CreateTask: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTaskRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTaskResponseBody"];
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
    GetTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the task to fetch. */
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
                    "application/json": components["schemas"]["GetTaskResponseBody"];
                };
            };
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
    DeleteTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the task to delete. */
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
                    "application/json": components["schemas"]["DeleteTaskResponseBody"];
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
    UpdateTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the task to update. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTaskRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateTaskResponseBody"];
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
    GetTaskComments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the task to fetch comments for. */
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
                    "application/json": components["schemas"]["GetTaskCommentsResponseBody"];
                };
            };
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
    CreateTaskComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the task to add a comment to. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTaskCommentRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTaskCommentResponseBody"];
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
    DeleteTaskComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the comment to delete. */
                comment_id: string;
                /** @description The ID of the task. */
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
                    "application/json": components["schemas"]["DeleteTaskCommentResponseBody"];
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
    UpdateTaskComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the comment to update. */
                comment_id: string;
                /** @description The ID of the task. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTaskCommentRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateTaskCommentResponseBody"];
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
    SearchTasks: {
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
                    "application/json": components["schemas"]["SearchTasksResponseBody"];
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
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
    ListTrainingData: {
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
                    "application/json": components["schemas"]["ListTrainingDataResponseBody"];
                };
            };
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
    CreateTrainingData: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTrainingDataRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateTrainingDataResponseBody"];
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
    GetTrainingData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the training data. */
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
                    "application/json": components["schemas"]["GetTrainingDataResponseBody"];
                };
            };
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
    DeleteTrainingDataDocuments: {
        parameters: {
            query?: {
                /** @description Document IDs to delete. */
                document_ids?: string[];
                /** @description External IDs to delete. */
                external_ids?: string[];
            };
            header?: never;
            path: {
                /** @description The ID of the training data. */
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
                    "application/json": components["schemas"]["DeleteTrainingDataDocumentsResponseBody"];
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
    UploadTrainingDataFiles: {
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
                    "application/json": components["schemas"]["TrainingDataUploadResponseBody"];
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
    UploadTrainingDataFileContent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UploadTrainingDataFileContentRequestBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingDataUploadResponseBody"];
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
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
            /** @description Not Modified: the request's If-None-Match names the current ETag of the answer; no body */
            304: {
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
