import { resourceProperties } from '../../shared/operation';
import { get } from './get';

export const csatSurveyDescription = resourceProperties('csatSurvey', 'get', [get]);
