import { resourceProperties } from '../../shared/declare/operation';
import { create } from './create';
import { deleteMacro } from './delete';
import { execute } from './execute';
import { get } from './get';
import { getAll } from './getAll';
import { update } from './update';

export const macroDescription = resourceProperties('macro', 'getAll', [create, deleteMacro, execute, get, getAll, update]);
