import { resourceProperties } from '../../shared/declare/operation';
import { create } from './create';
import { deleteNote } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const contactNoteDescription = resourceProperties('contactNote', 'getAll', [create, deleteNote, get, getAll, update]);
