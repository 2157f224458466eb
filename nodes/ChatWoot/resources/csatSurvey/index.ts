import { resourceProperties } from '../../shared/declare/operation';
import { get } from './get';

export const csatSurveyDescription = resourceProperties('csatSurvey', 'get', [get]);
