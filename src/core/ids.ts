import { v7 as uuidv7 } from 'uuid';

/** New object id: a UUIDv7, so ids sort in creation order and lists can page by id. */
export const newId = (): string => uuidv7();
