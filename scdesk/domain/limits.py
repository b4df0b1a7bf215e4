"""How long each kind of text may be, in characters: one figure per kind, which the rules check
(for a form, a service, a sheet import and a bundle alike) and the form fields are sized by."""

#: A device's name, shown beside its fingerprint in the list of devices.
DEVICE_NAME = 100
#: A person's name and title, a user's name, a city's names and province, a community (of a person,
#: of an activity or of its headcounts), an e-mail address.
NAME = 200
#: The title of a meeting, an activity, a committee or a plan; a venue; an organisation's name; the
#: topic of an activity's session.
TITLE = 300
#: The title of an agenda item, an indicator's name, the topic of expert advice, the reason for an
#: amendment.
HEADING = 500
#: A short paragraph: the purpose of a support grant, the communities a risk factor affects.
PARAGRAPH = 1000
#: One action (of a meeting or a plan), a plan objective, a note on an activity's session.
ITEM = 2000
#: A committee's mandate.
MANDATE = 4000
#: A consultation finding, a risk factor's description, an amendment to approved minutes.
PASSAGE = 5000
#: Summaries, notes, outcomes and decisions.
DOCUMENT = 20_000
#: The discussion of an agenda item, the longest part of the minutes.
DISCUSSION = 50_000
#: A phone number as typed; the rule on phone numbers then wants 6 to 24 digits and separators.
PHONE = 40
