'use strict';
// JSON shapes of the application API, after Chatwoot's jbuilder views and push_event_data
// methods (app/views/api/v1/models/*, app/views/api/v1/conversations/partials/*,
// app/models/*#push_event_data). Times: `.to_i` in views -> unix seconds; raw model
// attributes -> ISO strings.
// One module per part of the API; this one gathers them for the handlers.

module.exports = {
	...require('./people'),
	...require('./inboxes'),
	...require('./conversations'),
	...require('./accountResources'),
	...require('./helpCenter'),
};
