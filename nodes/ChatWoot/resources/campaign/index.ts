import { resourceProperties } from '../../shared/declare/operation';
import { create } from './create';
import { deleteCampaign } from './delete';
import { get } from './get';
import { getAll } from './getAll';
import { getAllOfInbox } from './getAllOfInbox';
import { update } from './update';

export const campaignDescription = resourceProperties('campaign', 'getAll', [create, deleteCampaign, get, getAll, getAllOfInbox, update]);
