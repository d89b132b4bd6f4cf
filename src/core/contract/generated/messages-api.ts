// Generated from contract/messages-api.openapi.json by `npm run contract:types`; do not edit by hand.

export interface paths {
    "/issues/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all messages on an issue
         * @description Returns all messages for the specified issue, including replies and internal notes.
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
         *     **Rate limit:** 10 requests per minute
         */
        post: operations["CreateIssueReply"];
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
         *     **Rate limit:** 10 requests per minute
         */
        post: operations["CreateIssueNote"];
        delete?: never;
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        GetIssueMessagesResponseBody: {
            /** @description The data payload of the response. */
            data?: components["schemas"]["Message"][];
            pagination?: components["schemas"]["Pagination"];
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
        MiniContact: {
            /** @description The email of the contact. */
            email?: string;
            /** @description The ID of the contact. */
            id?: string;
        };
        MiniUser: {
            /** @description The email of the user. */
            email?: string;
            /** @description The ID of the user. */
            id?: string;
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
        Pagination: {
            /** @description The cursor for the next page of results. */
            cursor: string;
            /** @description Indicates if there is a next page of results. */
            has_next_page: boolean;
        };
        ErrorApiResponseBody: {
            /** @description The list of errors. */
            errors?: string[];
            /** @description The ID of the object that already exists if this is a duplicate object error. */
            exists_id?: string;
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        GetIssueThreadsResponseBody: {
            /** @description The data payload of the response. */
            data?: components["schemas"]["IssueThread"][];
            /** @description The request ID for tracking. */
            request_id?: string;
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
        CreateIssueThreadRequestBody: {
            /** @description The name of the thread. */
            name?: string;
        };
        CreateIssueThreadResponseBody: {
            data?: components["schemas"]["IssueThread"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        CreateIssueReplyRequestBody: {
            /** @description An array of attachment URLs to attach to this issue. */
            attachment_urls?: string[];
            /** @description The body of the message in HTML. */
            body_html: string;
            /** @description Optional contact ID to post the message as. Only one of user_id or contact_id can be provided. */
            contact_id?: string;
            custom_source?: components["schemas"]["CustomSourceInfo"];
            email_info?: components["schemas"]["CreateIssueReplyEmailInfo"];
            /** @description The ID of the message to reply to. */
            message_id: string;
            /** @description Optional user ID to post the message as. Only one of user_id or contact_id can be provided. */
            user_id?: string;
        };
        /** CustomSourceInfo contains metadata for messages on custom source issues. */
        CustomSourceInfo: {
            /** @description The timestamp of when the message was created in the external system. (RFC3339) */
            created_at?: string;
            /** @description The external ID of this message in the custom system. */
            external_id: string;
            /** @description Arbitrary metadata to store with the message. */
            metadata?: {
                [key: string]: Record<string, unknown>;
            };
        };
        CreateIssueReplyEmailInfo: {
            bcc_emails?: string[];
            cc_emails?: string[];
            to_emails?: string[];
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
        CreateIssueNoteRequestBody: {
            /** @description An array of attachment URLs to attach to this issue. */
            attachment_urls?: string[];
            /** @description The body of the message in HTML. */
            body_html: string;
            /** @description The ID of the message to reply to. This message must be an internal note. You can find this from the GET /issues/{id}/messages endpoint. Either this or thread_id must be provided. */
            message_id?: string;
            /** @description The ID of the thread to post the note to. Use the `id` field (not `thread_id`) from GET /issues/{id}/threads. Either this or message_id must be provided. */
            thread_id?: string;
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
        RedactMessageResponseBody: {
            data?: components["schemas"]["Message"];
            /** @description The request ID for tracking. */
            request_id?: string;
        };
        DeleteMessageResponseBody: {
            /** @description The request ID for tracking. */
            request_id?: string;
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
    GetIssueMessages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the issue to fetch messages for. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetIssueMessagesResponseBody"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorApiResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorApiResponseBody"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorApiResponseBody"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetIssueThreadsResponseBody"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorApiResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorApiResponseBody"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorApiResponseBody"];
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
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateIssueThreadRequestBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateIssueThreadResponseBody"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorApiResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorApiResponseBody"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorApiResponseBody"];
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
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateIssueReplyRequestBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateIssueReplyResponseBody"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorApiResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorApiResponseBody"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorApiResponseBody"];
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
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateIssueNoteRequestBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateIssueNoteResponseBody"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorApiResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorApiResponseBody"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorApiResponseBody"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedactMessageResponseBody"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorApiResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorApiResponseBody"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorApiResponseBody"];
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteMessageResponseBody"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorApiResponseBody"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorApiResponseBody"];
                };
            };
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorApiResponseBody"];
                };
            };
        };
    };
}
