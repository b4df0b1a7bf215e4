<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ne_NP" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>Trust this device's new keys?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}, used by {user}, was trusted here with fingerprint {old} and has made new keys.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its old key confirmed the new one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its old key did not confirm the new one (it was lost): check with care.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its new fingerprint:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trust this hub?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trust this device?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This hub profile comes from {name}, used by {user}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This bundle comes from {name}, used by {user}, a device not yet trusted here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its fingerprint:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask {user} to open the Sync page on {name} and read out the fingerprint shown there. Trust it only if it is exactly the same: a bundle from a trusted device is merged into your records.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trust it: the fingerprints match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not trust</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActionsTab</name>
        <message>
            <source>Actions agreed at this meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an &amp;action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Carried over from earlier meetings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actions carried over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Done at this meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>D&amp;ropped at this meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a&amp;gain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>—</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the meeting to see the actions carried over from earlier ones.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No open actions were carried over to this meeting.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n action(s) carried over: mark what was done or dropped.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>Activities</name>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the city of the activity.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Venue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcomes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An activity that has not started cannot be marked as held.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The session on {day} is outside the activity's dates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Community</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The same person is registered twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The same person is listed twice as a coach.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A headcount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The same gender, age band and community is counted twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A registered participant no longer exists here.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActivitiesPage</name>
        <message>
            <source>Youth activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n activity(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>ActivityForm</name>
        <message>
            <source>Youth activity[*]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>—</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Starts on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Ends on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Venue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>St&amp;atus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Outcomes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New youth activity</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AdoptDialog</name>
        <message>
            <source>Adopt version {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Adopted on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adopted on</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AdviceForm</name>
        <message>
            <source>Expert advice[*]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>—</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xpert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>T&amp;o</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New expert advice</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AgendaEditor</name>
        <message>
            <source>Agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agenda items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add &amp;item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add s&amp;ub-item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>—</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Presenter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Discussion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>D&amp;ecisions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(new item)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>scdesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The records file is damaged: keep working only to note what you need, then restore it from a backup (scdesk check tells how).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AttendanceTab</name>
        <message>
            <source>Named attendees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the committee's &amp;members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the committee's members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anonymous headcounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Age band</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a &amp;headcount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not counted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stated total attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stated &amp;total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{named} named present + {anonymous} counted = {sum}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Choices</name>
        <message>
            <source>meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>youth activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>committee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>city</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>committee membership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>agenda item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>activity session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>consultation finding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>risk profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>risk factor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>prevention plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>plan objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>plan action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>support grant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expert advice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>raising with a national body</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>indicator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>indicator target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>headcount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Local name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Birth year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Age band</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stakeholder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Community</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent to take part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent to photos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent to data use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent given by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent given on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent withdrawn on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Province</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member city</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Joined on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mayor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Committee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starts on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ends on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Venue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcomes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>invited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sent apologies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>absent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>approved (locked)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>concern</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>threat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>existing approach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>resource</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>key need</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>prevention and early prevention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>national-local cooperation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>participation of youth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>participation of women</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>participation of marginalised groups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>other priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>local government</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>faith</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>education</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>media</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a parent or guardian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>orally</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in writing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>field officer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hub</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>trusted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not trusted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>revoked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 12 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Between the dates…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Cities</name>
        <message>
            <source>{country} is not a country the network works in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More than one city is called {name}: give its id (scdesk check lists them).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No city called {name} is recorded here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Local name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Province</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the city's country.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The date the city joined is in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a member city has a date it joined the network.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CitiesPage</name>
        <message>
            <source>Cities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New city</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Local name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Province</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Joined</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n city(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>CityFilter</name>
        <message>
            <source>All cities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the cities…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CityForm</name>
        <message>
            <source>City[*]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Local name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;ountry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>—</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Province</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A member city</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Joined on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Mayor or local leader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New city</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CityOptions</name>
        <message>
            <source>—</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cit&amp;y</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Say what to do with the ids: merge or dismiss.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give two record ids: duplicates {action} ID ID.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No screen found: run scdesk on a desktop, under Xvfb, or with QT_QPA_PLATFORM=offscreen; the subcommands (scdesk --help) need no screen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give --meeting ID or --activity ID.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indicators are reported for a city or for all cities: give --city instead of --country.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give {option}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--meeting and --activity are for attendance only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was imported: fix the {count} problem(s) above and import the file again.</source>
            <extracomment>Translators: {count} is how many problems were listed above.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The tables will hold names and contact details: add --yes to confirm.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not confirmed: nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the key backup's file: device {action} FILE.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give --passphrase-file P, or run this in a terminal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two passphrases differ: nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replacing this device's keys makes new ones, and the hub refuses its bundles until its staff trust the new fingerprint: run again with --yes to replace them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The keys were not replaced: nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning: the hub takes no bundle from this device until its staff trust the new key: export a bundle or a card (scdesk device --card FILE), have them read out the new fingerprint and run scdesk trust FILE, then ask the hub for a new bundle.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The device that made this file is trusted already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say which conflict, and --keep A, B or --value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No open conflict has the id {id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write --set as FIELD=VALUE, for example --set joined_on=2024-03-01.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare the fingerprint with the device's owner, then run again with --yes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not trusted: nothing was changed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommitteeForm</name>
        <message>
            <source>Committee[*]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Committee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>—</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language of minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quorum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Established on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Mandate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New committee</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommitteeOptions</name>
        <message>
            <source>All committees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;ommittee</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Committees</name>
        <message>
            <source>The same person is listed twice as a current member.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the committee's city.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mandate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quorum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The date the committee was established is in the future.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommitteesPage</name>
        <message>
            <source>Committees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New committee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Established</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All kinds</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n committee(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>ConflictsPanel</name>
        <message>
            <source>Two devices changed the same field without seeing each other's change, or changed two fields a rule ties together. A is the value every device shows now, B the one it replaced or met. Keeping either settles the conflict on every device with the next bundles; a choice that would break a rule is not offered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A: shown now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A: written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>B: replaced</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>B: written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The selected conflict and what each choice writes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep &amp;A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep value A of the selected conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep &amp;B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep value B of the selected conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflicts: what was done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field} (deleted on one device)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field} (B: from a record merged into this one)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field} and {other} (a rule ties them)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>by {device}, {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep {mark}: writes {values}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep {mark}: not offered. {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settling the conflict…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settled: {value} kept.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Cooperation</name>
        <message>
            <source>Choose the city whose priority was raised.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>National body</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the day it was raised.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The day it was raised is in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was raised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The consultation finding chosen is of another city.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The plan action chosen is of another city's plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The meeting chosen was held in another city.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The support grant chosen is for another city.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The expert advice chosen was for another city.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CooperationPage</name>
        <message>
            <source>National-local cooperation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search body, what was raised, outcome…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New raising</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All national bodies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>National body</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All statuses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the list holds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Raised on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was raised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Came from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Raised with national bodies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading what was raised…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n raising(s) with national bodies</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>Countries</name>
        <message>
            <source>Afghanistan</source>
            <translation>अफगानिस्तान</translation>
        </message>
        <message>
            <source>Bangladesh</source>
            <translation>बंगलादेश</translation>
        </message>
        <message>
            <source>Bhutan</source>
            <translation>भुटान</translation>
        </message>
        <message>
            <source>India</source>
            <translation>भारत</translation>
        </message>
        <message>
            <source>Sri Lanka</source>
            <translation>श्रीलङ्का</translation>
        </message>
        <message>
            <source>Maldives</source>
            <translation>माल्दिभ्स</translation>
        </message>
        <message>
            <source>Nepal</source>
            <translation>नेपाल</translation>
        </message>
        <message>
            <source>Pakistan</source>
            <translation>पाकिस्तान</translation>
        </message>
    </context>
    <context>
        <name>CountryFilter</name>
        <message>
            <source>All countries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Counts</name>
        <message>
            <source>A sign-in sheet has 0 to {most} blank rows; for a larger event, print a second sheet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The demo's scale is a whole number from 1 to {most}.</source>
            <extracomment>Translators: {most} is the largest demo scale, the number of times the demo's ten cities are repeated.</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicates not settled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Records under review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The programme's work:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the {page} page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counting the key figures…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>all cities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From {start} to {end}, {place}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n pair(s) of probable duplicates counted here are not settled yet: some figures may count a person, event or city twice. The Duplicates page lists them.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) counted here break a rule after edits on two devices and wait for review; they are counted as they stand. The Sync page's conflicts list them.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{figure}, by group of people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By {dimension}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Count</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>The demo fills only an empty store, and this one already holds records: start scdesk with a new data folder to try the demo.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Devices</name>
        <message>
            <source>Device name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the city this officer works in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The passphrase needs {count} characters or more: a few words will do.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This device is set up already: its role and city change only with scdesk setup --change-role, which says first what that changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A hub does not take another hub's profile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This device already has a hub, {name}: revoke it first to take another hub's profile.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DevicesPanel</name>
        <message>
            <source>Device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Used by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fingerprint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last bundle from it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last bundle for it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Devices known here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Revoke…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revoke the selected device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For a lost or stolen device: its bundles are refused from now on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Devices: what was done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the hub &amp;profile…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the hub profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file that introduces this hub to officers' laptops.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import the hub's &amp;profile…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import the hub's profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file from your hub that lets this laptop exchange bundles with it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revoke {name}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bundles from {name} will be refused from now on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revoke it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do this when a device is lost, stolen or given to someone else. A revoked device cannot be trusted again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revoking…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is revoked: its bundles are refused from now on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where to write the hub profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hub profile written to {path}. Import it on each officer's laptop (Sync, Devices) and check the fingerprint it shows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing the hub profile…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The hub's profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hub profiles (*.scdesk-profile);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the hub profile…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing the hub profile…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{hub} is this device's hub. {records} of reference data taken.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>DraftOffer</name>
        <message>
            <source>Restore unsaved work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>scdesk was closed while these forms had changes that were not saved. Restore them to carry on where you were.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsaved forms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Youth activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Committee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restore the ticked forms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Discard the ticked forms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decide &amp;later</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Duplicates</name>
        <message>
            <source>same name in {first} and {second} script</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The lowest score must be from 0 to 100.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Latin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Urdu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Devanagari</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bengali</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tamil</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sinhala</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>another</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>same name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>same name, spelled differently</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>similar name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>same first name, nothing more to compare in the names</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>same birth year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>birth years a year apart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>different birth years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>birth year fits the age band</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>birth year does not fit the age band</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>same age band</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>age bands far apart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>different genders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>same city</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>different cities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>same phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>different phone numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>same e-mail address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>different e-mail addresses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>same organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>different organisations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>same community</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>same country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>same province</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>different provinces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>same sector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>different sectors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>same kind of event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>same day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>same starting time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>different committees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>same title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>similar title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>different titles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A record cannot be merged with itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{first} and {second} are not records of the same kind.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No person, city, organisation, meeting or activity has the id {id} here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{id} was deleted or merged already: it cannot be merged now.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DuplicatesPage</name>
        <message>
            <source>Probable duplicates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Records that are probably the same person, city, organisation or event, recorded twice. Merging keeps one: everything that named the other names it, and the key figures count them once. Every device does the same with the next bundles.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All kinds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search &amp;again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many pairs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Second</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The selected pair, field by field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why the selected pair is probably one record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the &amp;first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge the second record into the first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the &amp;second</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge the first record into the second</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Different records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two records are different</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicates: what was done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Looking for duplicates…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n pair(s) to look at</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Score {score}: {why}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the pair…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merging…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merged: {name} kept.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n field(s) differed: the other values wait for review on the Sync page's Conflicts tab.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{first} and {second} are different: they are not suggested again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>This id belongs to another kind of record: check that the file and the column are the right ones.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This record no longer exists here: it may have been deleted.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EventListPage</name>
        <message>
            <source>All kinds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EventOptions</name>
        <message>
            <source>Cit&amp;y</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>—</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Youth activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Blank rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leaving the hub: counts under 5 show as “&lt;5”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suppress counts under 5</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FiguresOptions</name>
        <message>
            <source>P&amp;eriod</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Co&amp;untry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cit&amp;y</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leaving the hub: counts under 5 show as “&lt;5”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suppress counts under 5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One a line; the report adds its own too</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Highlights</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A sentence thanking the funders, printed at the end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ac&amp;knowledgement</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source>{name} is a folder, not a file: choose the file itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is not a file saved on the disk (it is a device, a pipe or a socket): choose a file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is not a plain file scdesk may replace (it is a link, a folder or a device): choose another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} cannot be read: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} was not written: the folder {folder} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} was not written: there is no room left on the disk. Nothing was kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} was not written: {reason}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FindingsPage</name>
        <message>
            <source>&amp;Open the consultation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the consultation of the selected finding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Findings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New consultation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consultation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All categories</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n finding(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>FindingsTab</name>
        <message>
            <source>What the consultation found, in the meeting's language: short entries, in the order they matter. A priority raised takes a note on what was said.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>—</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priority area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a &amp;concern</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a &amp;threat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an &amp;existing approach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a &amp;resource</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a &amp;key need</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a &amp;priority raised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Concerns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Threats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Existing approaches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resources</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key needs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priorities</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Welcome to scdesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set up this device once. Records you make here will say which device and which person made them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language of the &amp;interface</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language of the interface</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Device name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Your name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Field officer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Hub</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This device is used by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Used by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take the hub's &amp;profile…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take the hub's profile file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(an officer: the file your hub gave you)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hub</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>—</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language of records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The new city</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City &amp;name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name in the &amp;local script</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;ountry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cities already recorded with a similar name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start using scdesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new city…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The hub's profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hub profiles (*.scdesk-profile)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{hub}'s cities are listed under City.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Already known: {names}. Choose it under City rather than adding it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Setting up…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GrantForm</name>
        <message>
            <source>Technical support grant[*]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>—</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;urrency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PKR, LKR, USD…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Organisation receiving it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approved &amp;on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starts o&amp;n</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Ends on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New grant</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IndicatorForm</name>
        <message>
            <source>Indicator[*]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indicator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;ode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OP1.2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counting &amp;rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Key figure it follows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Breakdowns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Base&amp;line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Targets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add a target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All cities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New indicator</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Indicators</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{code} is not an indicator code such as OP1.2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{figure} is not a key figure scdesk counts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{names}: not a breakdown scdesk can give.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Baseline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This target belongs to another indicator: leave its id empty to add it to this one.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IndicatorsPage</name>
        <message>
            <source>Indicators and targets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New indicator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit indicator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the lists hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counting rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breakdowns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Baseline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indicators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Targets and actual values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breakdown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actual value by breakdown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counting the indicators…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n indicator(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>No indicator yet: add one with New indicator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{code} {name}: {figure}, target and actual value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All cities</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>other</source>
            <translation>अन्य</translation>
        </message>
        <message>
            <source>civil society</source>
            <translation>नागरिक समाज</translation>
        </message>
        <message>
            <source>police</source>
            <translation>प्रहरी</translation>
        </message>
        <message>
            <source>youth</source>
            <translation>युवा</translation>
        </message>
        <message>
            <source>female</source>
            <translation>महिला</translation>
        </message>
        <message>
            <source>male</source>
            <translation>पुरुष</translation>
        </message>
        <message>
            <source>another gender</source>
            <translation>अन्य लिङ्ग</translation>
        </message>
        <message>
            <source>prefer not to say</source>
            <translation>भन्न चाहँदैनन्</translation>
        </message>
        <message>
            <source>under 15</source>
            <translation>15 भन्दा कम</translation>
        </message>
        <message>
            <source>15 to 17</source>
            <translation>15 देखि 17</translation>
        </message>
        <message>
            <source>18 to 24</source>
            <translation>18 देखि 24</translation>
        </message>
        <message>
            <source>25 to 34</source>
            <translation>25 देखि 34</translation>
        </message>
        <message>
            <source>35 to 49</source>
            <translation>35 देखि 49</translation>
        </message>
        <message>
            <source>50 to 64</source>
            <translation>50 देखि 64</translation>
        </message>
        <message>
            <source>65 and over</source>
            <translation>65 र माथि</translation>
        </message>
        <message>
            <source>mayor or local leader</source>
            <translation>मेयर वा स्थानीय नेता</translation>
        </message>
        <message>
            <source>municipal official</source>
            <translation>नगरपालिका अधिकारी</translation>
        </message>
        <message>
            <source>national official</source>
            <translation>राष्ट्रिय अधिकारी</translation>
        </message>
        <message>
            <source>religious leader</source>
            <translation>धार्मिक अगुवा</translation>
        </message>
        <message>
            <source>women's group</source>
            <translation>महिला समूह</translation>
        </message>
        <message>
            <source>displaced person</source>
            <translation>विस्थापित व्यक्ति</translation>
        </message>
        <message>
            <source>refugee</source>
            <translation>शरणार्थी</translation>
        </message>
        <message>
            <source>religious minority</source>
            <translation>धार्मिक अल्पसंख्यक</translation>
        </message>
        <message>
            <source>ethnic minority</source>
            <translation>जातीय अल्पसंख्यक</translation>
        </message>
        <message>
            <source>disability</source>
            <translation>अपाङ्गता</translation>
        </message>
        <message>
            <source>committee meeting</source>
            <translation>समिति बैठक</translation>
        </message>
        <message>
            <source>consultation</source>
            <translation>परामर्श</translation>
        </message>
        <message>
            <source>workshop</source>
            <translation>कार्यशाला</translation>
        </message>
        <message>
            <source>roundtable</source>
            <translation>गोलमेच बैठक</translation>
        </message>
        <message>
            <source>training</source>
            <translation>तालिम</translation>
        </message>
        <message>
            <source>summit</source>
            <translation>शिखर सम्मेलन</translation>
        </message>
        <message>
            <source>youth activity</source>
            <translation>युवा गतिविधि</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>दर्ता छैन</translation>
        </message>
        <message>
            <source>no group recorded</source>
            <translation>कुनै समूह दर्ता छैन</translation>
        </message>
        <message>
            <source>People engaged</source>
            <translation>संलग्न व्यक्तिहरू</translation>
        </message>
        <message>
            <source>Mayors and local leaders engaged</source>
            <translation>संलग्न मेयर र स्थानीय नेताहरू</translation>
        </message>
        <message>
            <source>Youth reached (under 25)</source>
            <translation>पुगिएका युवा (25 भन्दा कम)</translation>
        </message>
        <message>
            <source>Events held</source>
            <translation>सम्पन्न कार्यक्रमहरू</translation>
        </message>
        <message>
            <source>Member cities</source>
            <translation>सदस्य सहरहरू</translation>
        </message>
        <message>
            <source>gender</source>
            <translation>लिङ्ग</translation>
        </message>
        <message>
            <source>age band</source>
            <translation>उमेर समूह</translation>
        </message>
        <message>
            <source>country</source>
            <translation>देश</translation>
        </message>
        <message>
            <source>city</source>
            <translation>सहर</translation>
        </message>
        <message>
            <source>stakeholder type</source>
            <translation>सरोकारवालाको प्रकार</translation>
        </message>
        <message>
            <source>marginalised group</source>
            <translation>सीमान्तकृत समूह</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>प्रकार</translation>
        </message>
    </context>
    <context>
        <name>LanguageChoice</name>
        <message>
            <source>Language of the report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its own language</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Languages</name>
        <message>
            <source>English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Urdu (اردو)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hindi (हिन्दी)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nepali (नेपाली)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tamil (தமிழ்)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sinhala (සිංහල)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bengali (বাংলা)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Launcher</name>
        <message>
            <source>Checking the records file…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <source>Search (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the selected record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move to &amp;trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the selected record to the trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete key</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moved to the trash; the Trash page can restore it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moving to the trash…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>scdesk — {device}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+{n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meetings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Youth activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Committees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Findings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indicators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cooperation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New record on this page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Go</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>never exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>last export {when}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n unsynced change(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{unsynced} · {export}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MeetingForm</name>
        <message>
            <source>Meeting[*]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>—</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;ommittee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Venue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>St&amp;atus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;ummary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plans that came from this consultation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agenda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Findings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These minutes are approved and locked: record a correction as an amendment on the Minutes tab.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the members…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>new</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Meeting: {title}[*]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Risk profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prevention plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Came into: {links}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MeetingSteps</name>
        <message>
            <source>Circulating the minutes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Returning the minutes to draft…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approving the minutes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approving the previous minutes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recording the amendment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening the action…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closing the action…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Meetings</name>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the city the meeting is in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Venue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The meeting ends before it starts: check the times.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the committee this meeting belongs to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A meeting that has not started yet cannot be marked as held.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A headcount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The same gender, age band and group is counted twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The same person is listed twice in the attendance.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Named attendees ({named}) and anonymous headcounts ({anonymous}) add up to {sum}, not to the stated total of {total}.</source>
            <extracomment>Translators: {named}, {anonymous} and {total} are numbers of people at one meeting.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agenda item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discussion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decisions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The action is due on {due}, before the meeting on {day} that opened it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amendment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These minutes are approved and locked: record a correction as an amendment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a meeting that was held has minutes to circulate or approve.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes are approved by a meeting of the same committee.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes are approved by a later meeting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The approving meeting has to be marked as held first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An action is closed at the meeting that opened it or a later meeting of its committee.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An action cannot be closed before the meeting that opened it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the later meeting that approved these minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the day the minutes were approved, after the meeting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These minutes are not approved yet: correct them directly instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A person in the attendance no longer exists here.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MeetingsPage</name>
        <message>
            <source>Meetings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Committee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n meeting(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>MinutesTab</name>
        <message>
            <source>The minutes of this meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark as &amp;circulated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to &amp;draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approved on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Approve on this day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The minutes of the committee's previous meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approve those minutes at &amp;this meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amendments to the approved minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amendments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record the a&amp;mendment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the meeting to circulate and approve its minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes: {status}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Circulated on {day}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approved at “{title}” on {day}; they are locked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approved on {day}; they are locked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark the meeting as held to circulate its minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is the committee's first meeting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” on {day}: minutes {status}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark this meeting as held to approve them here.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Months</name>
        <message>
            <source>January</source>
            <translation>जनवरी</translation>
        </message>
        <message>
            <source>February</source>
            <translation>फेब्रुअरी</translation>
        </message>
        <message>
            <source>March</source>
            <translation>मार्च</translation>
        </message>
        <message>
            <source>April</source>
            <translation>अप्रिल</translation>
        </message>
        <message>
            <source>May</source>
            <translation>मे</translation>
        </message>
        <message>
            <source>June</source>
            <translation>जुन</translation>
        </message>
        <message>
            <source>July</source>
            <translation>जुलाई</translation>
        </message>
        <message>
            <source>August</source>
            <translation>अगस्ट</translation>
        </message>
        <message>
            <source>September</source>
            <translation>सेप्टेम्बर</translation>
        </message>
        <message>
            <source>October</source>
            <translation>अक्टोबर</translation>
        </message>
        <message>
            <source>November</source>
            <translation>नोभेम्बर</translation>
        </message>
        <message>
            <source>December</source>
            <translation>डिसेम्बर</translation>
        </message>
    </context>
    <context>
        <name>Ops</name>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>scdesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not be done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong. Nothing half-done was saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong. Nothing half-done was saved. The details are in {path}; please send that file to your support person.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>scdesk: unexpected error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unexpected error</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Options</name>
        <message>
            <source>Reading the choices…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrganisationForm</name>
        <message>
            <source>Organisation[*]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Sector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>—</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New organisation</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Organisations</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrganisationsPage</name>
        <message>
            <source>Organisations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All sectors</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n organisation(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>PaperChoice</name>
        <message>
            <source>Paper size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>US Letter</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParticipationPart</name>
        <message>
            <source>Communities taking part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Community</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a &amp;community</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anonymous participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Age band</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a &amp;headcount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everyone who took part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Took part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{registered} registered + {anonymous} counted = {total}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>Choose a report and press Preview.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit width</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whole page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save &amp;as…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preparing the report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The report could not be shown.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Ready: %n page(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved as {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printing…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Sent %n page(s) to the printer</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The printer could not be started: check that it is on and connected.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>People</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Community</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The birth year {year} is not possible.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The age band does not match the birth year {year}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{email} is not an e-mail address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{phone} is not a phone number: use digits, spaces and +.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A person under 18 is recorded without a phone number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A person under 18 is recorded without an e-mail address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A person under 18 is recorded without a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A person under 18 is recorded without an organisation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A person under 18 is recorded with an age band, not a birth year.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A person under 18 needs the consent of a parent or guardian.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record the person's consent to take part before saving them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say who gave consent: the person or a parent or guardian.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say how consent was given: orally or in writing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the date of consent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The date of consent is in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The date consent was withdrawn is in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent cannot be withdrawn before the day it was given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} has withdrawn consent and cannot be recorded here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} was under 18 on the day: remove their phone number and e-mail first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Born / age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Community</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All types</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n person(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>PeoplePart</name>
        <message>
            <source>Coaches and facilitators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registered participants</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PeriodFilter</name>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonChoiceField</name>
        <message>
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear the person chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nobody chosen</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonFinder</name>
        <message>
            <source>Type a name to find a person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find a person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the person found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New person…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record a new person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finding people…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonForm</name>
        <message>
            <source>Person[*]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>—</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Gender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Birth year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Age band</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>T&amp;itle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Co&amp;mmunity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Groups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Takes part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consents to take part</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sharing data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Given &amp;by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Given &amp;how</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Given &amp;on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Withdrawn on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>new</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person: {name}[*]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New person</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Plans</name>
        <message>
            <source>Finding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a consultation has findings: choose the kind Consultation or remove the findings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the date it was adopted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The review date comes after the date it was adopted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The date it was adopted is in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Affected communities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The objective belongs to another plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This finding belongs to another consultation: leave its id empty to add it to this one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The plan and its risk profile belong to different cities.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The city has an adopted version already: add this one as a draft, then adopt it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This version is adopted or superseded: start a new version to change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This version is adopted or superseded: it is kept as it was; start a new version on the Plans page to change it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlansPage</name>
        <message>
            <source>Risk profiles and prevention plans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cities and their versions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Risk profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prevention plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Threats and factors of the version chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Threat or factor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Likelihood</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Impact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the plans…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>v{number} {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No city yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the risk profile…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adopting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starting a new version…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Risk profile of {city}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prevention plan of {city}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starting…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreventionPlanForm</name>
        <message>
            <source>Prevention plan[*]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an &amp;objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>O&amp;bjectives</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an &amp;action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consultations it came from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Consultations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>—</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>prevention plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prevention plan</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProblemLabel</name>
        <message>
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RaisingForm</name>
        <message>
            <source>Raised with a national body[*]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>—</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;National body</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A ministry, a national commission…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Raised on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;What was raised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Outcome so far</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Came &amp;from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— nothing recorded here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New raising with a national body</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening the form…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes typed on {when} were not saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This form has changes that are not saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save and close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep editing</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>This record was merged into another one: it cannot come back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This kind of record cannot be deleted.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paper si&amp;ze</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportLabels</name>
        <message>
            <source>Minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign-in sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activity report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indicators against targets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action tracker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City risk profile and plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tables as CSV files (zip)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tables as an XLSX workbook</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign-in sheet for a meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign-in sheet for a youth activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes of a meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Youth activity report</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportRequests</name>
        <message>
            <source>Choose a meeting or a youth activity.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a city.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a meeting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a youth activity.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Chair</source>
            <translation>अध्यक्ष</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>सचिव</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>सदस्य</translation>
        </message>
        <message>
            <source>Observer</source>
            <translation>पर्यवेक्षक</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>सहभागी</translation>
        </message>
        <message>
            <source>Speaker</source>
            <translation>वक्ता</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>सहजकर्ता</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>अतिथि</translation>
        </message>
        <message>
            <source>coach</source>
            <translation>प्रशिक्षक</translation>
        </message>
        <message>
            <source>facilitator</source>
            <translation>सहजकर्ता</translation>
        </message>
        <message>
            <source>planned</source>
            <translation>योजनाबद्ध</translation>
        </message>
        <message>
            <source>held</source>
            <translation>सम्पन्न</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>रद्द</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>मस्यौदा</translation>
        </message>
        <message>
            <source>circulated</source>
            <translation>वितरित</translation>
        </message>
        <message>
            <source>open</source>
            <translation>बाँकी</translation>
        </message>
        <message>
            <source>done</source>
            <translation>सम्पन्न</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>छाडिएको</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>म्याद नाघेको</translation>
        </message>
        <message>
            <source>carried over</source>
            <translation>अघि सारिएको</translation>
        </message>
        <message>
            <source>sports</source>
            <translation>खेलकुद</translation>
        </message>
        <message>
            <source>arts</source>
            <translation>कला</translation>
        </message>
        <message>
            <source>dialogue</source>
            <translation>संवाद</translation>
        </message>
        <message>
            <source>training</source>
            <translation>तालिम</translation>
        </message>
        <message>
            <source>other activity</source>
            <translation>अन्य गतिविधि</translation>
        </message>
        <message>
            <source>liaison committee</source>
            <translation>समन्वय समिति</translation>
        </message>
        <message>
            <source>local prevention committee</source>
            <translation>स्थानीय रोकथाम समिति</translation>
        </message>
        <message>
            <source>adopted</source>
            <translation>पारित</translation>
        </message>
        <message>
            <source>superseded</source>
            <translation>प्रतिस्थापित</translation>
        </message>
        <message>
            <source>threat</source>
            <translation>खतरा</translation>
        </message>
        <message>
            <source>risk factor</source>
            <translation>जोखिम कारक</translation>
        </message>
        <message>
            <source>protective factor</source>
            <translation>संरक्षणात्मक कारक</translation>
        </message>
        <message>
            <source>low</source>
            <translation>न्यून</translation>
        </message>
        <message>
            <source>medium</source>
            <translation>मध्यम</translation>
        </message>
        <message>
            <source>high</source>
            <translation>उच्च</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>जारी</translation>
        </message>
        <message>
            <source>delayed</source>
            <translation>ढिलो भएको</translation>
        </message>
        <message>
            <source>output</source>
            <translation>प्रतिफल</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>परिणाम</translation>
        </message>
        <message>
            <source>different people, each counted once</source>
            <translation>फरक-फरक व्यक्ति, प्रत्येक एक पटक गनिएको</translation>
        </message>
        <message>
            <source>events held</source>
            <translation>सम्पन्न कार्यक्रमहरू</translation>
        </message>
        <message>
            <source>proposed</source>
            <translation>प्रस्तावित</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>स्वीकृत</translation>
        </message>
        <message>
            <source>disbursed</source>
            <translation>वितरित</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>सम्पन्न</translation>
        </message>
        <message>
            <source>raised</source>
            <translation>उठाइएको</translation>
        </message>
        <message>
            <source>answered</source>
            <translation>जवाफ आएको</translation>
        </message>
        <message>
            <source>acted on</source>
            <translation>कारबाही भएको</translation>
        </message>
        <message>
            <source>declined</source>
            <translation>अस्वीकृत</translation>
        </message>
        <message>
            <source>Youth activity report</source>
            <translation>युवा गतिविधि प्रतिवेदन</translation>
        </message>
        <message>
            <source>Participation</source>
            <translation>सहभागिता</translation>
        </message>
        <message>
            <source>By gender</source>
            <translation>लिङ्ग अनुसार</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>लिङ्ग</translation>
        </message>
        <message>
            <source>By age band</source>
            <translation>उमेर समूह अनुसार</translation>
        </message>
        <message>
            <source>Age band</source>
            <translation>उमेर समूह</translation>
        </message>
        <message>
            <source>By community</source>
            <translation>समुदाय अनुसार</translation>
        </message>
        <message>
            <source>Community</source>
            <translation>समुदाय</translation>
        </message>
        <message>
            <source>People</source>
            <translation>व्यक्ति</translation>
        </message>
        <message>
            <source>By age band and gender</source>
            <translation>उमेर समूह र लिङ्ग अनुसार</translation>
        </message>
        <message>
            <source>Counts from 1 to 4 are shown as &lt;5, with the next smallest count where it would reveal them.</source>
            <translation>1 देखि 4 सम्मका गन्तीहरू &lt;5 का रूपमा देखाइएका छन्, र तिनलाई खुलाउन सक्ने अर्को सबैभन्दा सानो गन्ती पनि।</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>नतिजाहरू</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>टिप्पणीहरू</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <extracomment>Translators: {start} and {end} are dates in words.
----------
Translators: {start} and {end} are times of day such as 10:00 and 12:00.</extracomment>
            <translation>{start} देखि {end} सम्म</translation>
        </message>
        <message>
            <source>City</source>
            <translation>सहर</translation>
        </message>
        <message>
            <source>Kind of activity</source>
            <translation>गतिविधिको प्रकार</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>मितिहरू</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>स्थान</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>स्थिति</translation>
        </message>
        <message>
            <source>Coaches and facilitators</source>
            <translation>प्रशिक्षक र सहजकर्ता</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Communities taking part</source>
            <translation>सहभागी समुदायहरू</translation>
        </message>
        <message>
            <source>Sessions ({count})</source>
            <extracomment>Translators: {count} is a number of sessions.</extracomment>
            <translation>सत्रहरू ({count})</translation>
        </message>
        <message>
            <source>No sessions are recorded.</source>
            <translation>कुनै सत्र दर्ता छैन।</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>मिति</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>विषय</translation>
        </message>
        <message>
            <source>People who took part: {total}.</source>
            <translation>सहभागी व्यक्तिहरू: {total}।</translation>
        </message>
        <message>
            <source>Registered by name: {named}; counted without names: {anonymous}; in all: {total}.</source>
            <translation>नामसहित दर्ता: {named}; नाम बिना गनिएका: {anonymous}; जम्मा: {total}।</translation>
        </message>
        <message>
            <source>City plan</source>
            <translation>सहरको योजना</translation>
        </message>
        <message>
            <source>Risk profile</source>
            <translation>जोखिम विवरण</translation>
        </message>
        <message>
            <source>No risk profile is recorded for this city.</source>
            <translation>यस सहरको कुनै जोखिम विवरण दर्ता छैन।</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>प्रकार</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>विवरण</translation>
        </message>
        <message>
            <source>Communities affected</source>
            <translation>प्रभावित समुदाय</translation>
        </message>
        <message>
            <source>Likelihood</source>
            <translation>सम्भावना</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>प्रभाव</translation>
        </message>
        <message>
            <source>Prevention plan</source>
            <translation>रोकथाम योजना</translation>
        </message>
        <message>
            <source>No prevention plan is recorded for this city.</source>
            <translation>यस सहरको कुनै रोकथाम योजना दर्ता छैन।</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>उद्देश्यहरू</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>कार्यहरू</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>उद्देश्य</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>कार्य</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>जिम्मेवार</translation>
        </message>
        <message>
            <source>From</source>
            <translation>सुरु</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>तोकिएको मिति</translation>
        </message>
        <message>
            <source>No actions are planned yet.</source>
            <translation>अहिलेसम्म कुनै कार्य योजना गरिएको छैन।</translation>
        </message>
        <message>
            <source>Version {number}, {status}</source>
            <extracomment>Translators: {number} is the version's number; {status} draft, adopted or superseded.</extracomment>
            <translation>संस्करण {number}, {status}</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>शीर्षक</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>संस्करण</translation>
        </message>
        <message>
            <source>Adopted on</source>
            <translation>पारित मिति</translation>
        </message>
        <message>
            <source>Review by</source>
            <translation>पुनरावलोकन मिति</translation>
        </message>
        <message>
            <source>Drawn from</source>
            <translation>आधार</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>पृष्ठ {page} / {pages}</translation>
        </message>
        <message>
            <source>Printed from scdesk on {date}</source>
            <extracomment>Translators: {date} is the day the report was printed, in words.</extracomment>
            <translation>scdesk बाट {date} मा मुद्रित</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <extracomment>Translators: {day} and {year} are numbers, {month} the month's name; reorder them as your language writes dates.</extracomment>
            <translation>{day} {month} {year}</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>सूचकहरू</translation>
        </message>
        <message>
            <source>All member cities</source>
            <translation>सबै सदस्य सहरहरू</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>अवधि</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>स्थान</translation>
        </message>
        <message>
            <source>No indicators are recorded.</source>
            <translation>कुनै सूचक अभिलेख गरिएको छैन।</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>तह</translation>
        </message>
        <message>
            <source>Counting rule</source>
            <translation>गणनाको नियम</translation>
        </message>
        <message>
            <source>Key figure</source>
            <translation>मुख्य तथ्यांक</translation>
        </message>
        <message>
            <source>Breakdowns</source>
            <translation>विभाजन</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>आधार रेखा</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>लक्ष्य</translation>
        </message>
        <message>
            <source>Actual</source>
            <translation>वास्तविक</translation>
        </message>
        <message>
            <source>Of target</source>
            <translation>लक्ष्यको अंश</translation>
        </message>
        <message>
            <source>Actual against target</source>
            <translation>लक्ष्यको तुलनामा वास्तविक</translation>
        </message>
        <message>
            <source>By {dimension}</source>
            <extracomment>Translators: {dimension} is a breakdown such as "gender" or "age band".</extracomment>
            <translation>{dimension} अनुसार</translation>
        </message>
        <message>
            <source>Period and city</source>
            <translation>अवधि र सहर</translation>
        </message>
        <message>
            <source>How the actual values were counted</source>
            <translation>वास्तविक मान कसरी गनिए</translation>
        </message>
        <message>
            <source>Actual values are never typed: they are counted from the records by the same rules as the key figures, over each target's own period and city. A target is set for a period and a city, or for all member cities; the breakdowns show how the actual value divides.</source>
            <translation>वास्तविक मानहरू कहिल्यै हातले भरिँदैनन्: ती अभिलेखबाट मुख्य तथ्यांककै नियमअनुसार, प्रत्येक लक्ष्यको आफ्नै अवधि र सहरका लागि गनिन्छन्। लक्ष्य एउटा अवधि र एउटा सहरका लागि, वा सबै सदस्य सहरहरूका लागि तोकिन्छ; विभाजनले वास्तविक मान कसरी बाँडिन्छ भन्ने देखाउँछ।</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>मुख्य तथ्यांक</translation>
        </message>
        <message>
            <source>Highlights</source>
            <translation>मुख्य बुँदाहरू</translation>
        </message>
        <message>
            <source>The figures</source>
            <translation>तथ्यांकहरू</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>तथ्यांक</translation>
        </message>
        <message>
            <source>Acknowledgement</source>
            <translation>आभार</translation>
        </message>
        <message>
            <source>All records</source>
            <translation>सबै अभिलेख</translation>
        </message>
        <message>
            <source>the first records</source>
            <translation>पहिलो अभिलेख</translation>
        </message>
        <message>
            <source>today</source>
            <translation>आज</translation>
        </message>
        <message>
            <source>For use outside the hub: counts under 5 are suppressed.</source>
            <translation>केन्द्रबाहिर प्रयोगका लागि: 5 भन्दा कमका गन्तीहरू लुकाइएका छन्।</translation>
        </message>
        <message>
            <source>For the hub's own use: no counts are suppressed.</source>
            <translation>केन्द्रको आफ्नै प्रयोगका लागि: कुनै गन्ती लुकाइएको छैन।</translation>
        </message>
        <message>
            <source>Counts</source>
            <translation>गन्ती</translation>
        </message>
        <message>
            <source>{count} not settled yet: a person, event or city may be counted twice.</source>
            <translation>{count} अझै टुङ्गो लागेको छैन: कुनै व्यक्ति, कार्यक्रम वा शहर दुई पटक गनिन सक्छ।</translation>
        </message>
        <message>
            <source>Probable duplicates</source>
            <translation>सम्भावित दोहोरो प्रविष्टिहरू</translation>
        </message>
        <message>
            <source>Before this report left the hub, people who withdrew their consent were left out, and counts from 1 to 4 were replaced by &lt;5, together with the next smallest count wherever a hidden count could be worked out by subtraction. Zeros are shown.</source>
            <translation>यो प्रतिवेदन केन्द्रबाट बाहिर पठाउनुअघि सहमति फिर्ता लिएका व्यक्तिहरूलाई हटाइएको छ, र 1 देखि 4 सम्मका गन्तीको सट्टा &lt;5 लेखिएको छ; घटाएर लुकाइएको गन्ती पत्ता लगाउन सकिने ठाउँमा अर्को सबैभन्दा सानो गन्ती पनि लुकाइएको छ। शून्यहरू देखाइएका छन्।</translation>
        </message>
        <message>
            <source>{count} records changed on two devices at once wait for review; they are counted as they stand.</source>
            <translation>{count} अभिलेख दुई उपकरणमा एकैसाथ परिवर्तन भए र समीक्षाको प्रतीक्षामा छन्; तिनलाई हालकै अवस्थामा गनिएको छ।</translation>
        </message>
        <message>
            <source>Under review</source>
            <translation>समीक्षाधीन</translation>
        </message>
        <message>
            <source>{people} people took part in {events} events held in {cities} cities.</source>
            <translation>{cities} सहरमा सम्पन्न {events} कार्यक्रममा {people} जना सहभागी भए।</translation>
        </message>
        <message>
            <source>{women} of them were women and girls ({share}%).</source>
            <translation>तीमध्ये {women} जना महिला तथा बालिका थिए ({share}%)।</translation>
        </message>
        <message>
            <source>{youth} young people under 25 were reached.</source>
            <translation>25 वर्षभन्दा कम उमेरका {youth} जना युवासम्म पुगियो।</translation>
        </message>
        <message>
            <source>{mayors} mayors and local leaders took part.</source>
            <translation>{mayors} जना मेयर र स्थानीय नेता सहभागी भए।</translation>
        </message>
        <message>
            <source>{figure}: {total}</source>
            <extracomment>Translators: {figure} is the name of a key figure, {total} its count.</extracomment>
            <translation>{figure}: {total}</translation>
        </message>
        <message>
            <source>Support given</source>
            <translation>दिइएको सहयोग</translation>
        </message>
        <message>
            <source>No support was given in this period.</source>
            <translation>यस अवधिमा कुनै सहयोग दिइएन।</translation>
        </message>
        <message>
            <source>Technical support grants</source>
            <translation>प्राविधिक सहयोग अनुदान</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>मुद्रा</translation>
        </message>
        <message>
            <source>Grants</source>
            <translation>अनुदान</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>रकम</translation>
        </message>
        <message>
            <source>Total, cancelled grants left out</source>
            <translation>जम्मा, रद्द अनुदान बाहेक</translation>
        </message>
        <message>
            <source>Expert advice</source>
            <translation>विज्ञ सल्लाह</translation>
        </message>
        <message>
            <source>Advice given</source>
            <translation>दिइएको सल्लाह</translation>
        </message>
        <message>
            <source>National-local cooperation</source>
            <translation>राष्ट्रिय-स्थानीय सहकार्य</translation>
        </message>
        <message>
            <source>Findings on national-local cooperation raised at the consultations held in the period.</source>
            <translation>यस अवधिमा भएका परामर्शहरूमा राष्ट्रिय-स्थानीय सहकार्यबारे उठेका निष्कर्षहरू।</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>निष्कर्षहरू</translation>
        </message>
        <message>
            <source>Raised with national bodies</source>
            <translation>राष्ट्रिय निकायसमक्ष उठाइएका विषय</translation>
        </message>
        <message>
            <source>Cities' priorities raised with ministries and national commissions in the period, by what has come of them so far.</source>
            <translation>यस अवधिमा मन्त्रालय र राष्ट्रिय आयोगसमक्ष उठाइएका सहरका प्राथमिकताहरू, अहिलेसम्मको नतिजाअनुसार।</translation>
        </message>
        <message>
            <source>Raisings</source>
            <translation>विषय</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>जम्मा</translation>
        </message>
        <message>
            <source>How each figure was counted</source>
            <translation>प्रत्येक तथ्यांक कसरी गनियो</translation>
        </message>
        <message>
            <source>Events held: meetings of every kind marked as held that started in the period, and youth activities marked as held whose dates overlap it. Planned, cancelled and deleted events do not count.</source>
            <translation>सम्पन्न कार्यक्रम: सम्पन्न भनी दर्ता भएका र यस अवधिमा सुरु भएका सबै प्रकारका बैठकहरू, र सम्पन्न भनी दर्ता भएका र मिति यस अवधिसँग पर्ने युवा गतिविधिहरू। योजनाबद्ध, रद्द र हटाइएका कार्यक्रमहरू गनिँदैनन्।</translation>
        </message>
        <message>
            <source>People engaged: the different people present at those meetings, registered for those activities or coaching them, plus the people counted without names. A person counts once, however many events they attended and whichever device recorded them. Apologies, absences and invitations do not count.</source>
            <translation>संलग्न व्यक्तिहरू: ती बैठकहरूमा उपस्थित, ती गतिविधिहरूमा दर्ता भएका वा प्रशिक्षण दिने फरक-फरक व्यक्तिहरू, र नाम बिना गनिएकाहरू। प्रत्येक व्यक्ति एकपटक मात्र गनिन्छ, जतिसुकै कार्यक्रममा आए पनि र जुनसुकै उपकरणमा दर्ता गरिए पनि। सूचना दिई अनुपस्थिति, अनुपस्थिति र निमन्त्रणा गनिँदैनन्।</translation>
        </message>
        <message>
            <source>Mayors and local leaders engaged: the people engaged recorded as a mayor or local leader.</source>
            <translation>संलग्न मेयर र स्थानीय नेताहरू: संलग्न व्यक्तिमध्ये मेयर वा स्थानीय नेताका रूपमा दर्ता भएकाहरू।</translation>
        </message>
        <message>
            <source>Youth reached: the people engaged who were under 25 at their latest event in the period, plus those counted without names in the age bands under 25.</source>
            <translation>पुगिएका युवा: संलग्न व्यक्तिमध्ये यस अवधिको अन्तिम कार्यक्रमका बेला 25 वर्षभन्दा कम उमेरका, र 25 भन्दा कम उमेर समूहमा नाम बिना गनिएकाहरू।</translation>
        </message>
        <message>
            <source>Member cities: cities marked as members that joined the network by the end of the period, or whose joining date is not recorded.</source>
            <translation>सदस्य सहरहरू: सदस्यका रूपमा दर्ता भएका र अवधिको अन्त्यसम्म सञ्जालमा आबद्ध भइसकेका, वा आबद्ध मिति दर्ता नभएका सहरहरू।</translation>
        </message>
        <message>
            <source>Each person is counted in one cell of each breakdown: their gender and type, their age band at their latest event, and their home city (or the city of that event). A person may belong to several marginalised groups, so that breakdown can add up to more than the total.</source>
            <translation>प्रत्येक व्यक्तिलाई प्रत्येक विभाजनको एउटा खानामा गनिन्छ: आफ्नो लिङ्ग र प्रकार, अन्तिम कार्यक्रमको बेलाको उमेर समूह, र आफ्नो सहर (वा त्यो कार्यक्रमको सहर)। एक व्यक्ति धेरै सीमान्तकृत समूहमा पर्न सक्छ, त्यसैले त्यो विभाजनको जोड कुलभन्दा बढी हुन सक्छ।</translation>
        </message>
        <message>
            <source>Support given: grants whose dates overlap the period, from their start (or their approval) to their end, and expert advice given in it. Amounts are totalled per currency, without converting them.</source>
            <translation>दिइएको सहयोग: सुरुवात (वा स्वीकृति) देखि अन्त्यसम्मका मिति यस अवधिसँग मेल खाने अनुदानहरू, र यस अवधिमा दिइएको विज्ञ सल्लाह। रकमहरू प्रत्येक मुद्रामा छुट्टाछुट्टै, नबदली जोडिन्छन्।</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>माइन्युट</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>सारांश</translation>
        </message>
        <message>
            <source>Next meeting</source>
            <translation>अर्को बैठक</translation>
        </message>
        <message>
            <source>DRAFT</source>
            <translation>मस्यौदा</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>समिति</translation>
        </message>
        <message>
            <source>Kind of meeting</source>
            <translation>बैठकको प्रकार</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>समय</translation>
        </message>
        <message>
            <source>These minutes were approved at the meeting of {date}.</source>
            <translation>यो माइन्युट {date} को बैठकमा स्वीकृत भयो।</translation>
        </message>
        <message>
            <source>These minutes were approved on {date}.</source>
            <translation>यो माइन्युट {date} मा स्वीकृत भयो।</translation>
        </message>
        <message>
            <source>Draft minutes, circulated on {date}; not yet approved.</source>
            <translation>माइन्युटको मस्यौदा, {date} मा वितरण गरिएको; अझै स्वीकृत भएको छैन।</translation>
        </message>
        <message>
            <source>Draft minutes: not yet circulated or approved.</source>
            <translation>माइन्युटको मस्यौदा: अझै वितरण वा स्वीकृत भएको छैन।</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>उपस्थिति</translation>
        </message>
        <message>
            <source>Present ({count})</source>
            <translation>उपस्थित ({count})</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>नाम</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>भूमिका</translation>
        </message>
        <message>
            <source>Organisation or title</source>
            <translation>संस्था वा पद</translation>
        </message>
        <message>
            <source>Apologies</source>
            <translation>सूचना दिई अनुपस्थित</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>अनुपस्थित</translation>
        </message>
        <message>
            <source>Not named here, at their request: {count}.</source>
            <translation>उनीहरूकै अनुरोधमा यहाँ नाम नलेखिएका: {count}।</translation>
        </message>
        <message>
            <source>No quorum is recorded for this committee; {present} of its {members} voting members were present.</source>
            <translation>यस समितिको कुनै गणपूरक संख्या दर्ता छैन; यसका {members} मतदाता सदस्यमध्ये {present} जना उपस्थित थिए।</translation>
        </message>
        <message>
            <source>Quorum: {quorum} voting members. {present} of {members} were present, so the meeting was quorate.</source>
            <translation>गणपूरक संख्या: {quorum} मतदाता सदस्य। {members} मध्ये {present} जना उपस्थित भएकाले गणपूरक संख्या पुगेको थियो।</translation>
        </message>
        <message>
            <source>Quorum: {quorum} voting members. Only {present} of {members} were present, so the meeting was not quorate and its decisions need confirming.</source>
            <translation>गणपूरक संख्या: {quorum} मतदाता सदस्य। {members} मध्ये {present} जना मात्र उपस्थित भएकाले गणपूरक संख्या पुगेन र बैठकका निर्णयहरू अनुमोदन गर्नुपर्छ।</translation>
        </message>
        <message>
            <source>Counted without names</source>
            <translation>नाम बिना गनिएका</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>समूह</translation>
        </message>
        <message>
            <source>age not recorded</source>
            <translation>उमेर दर्ता छैन</translation>
        </message>
        <message>
            <source>Named and present: {named}; counted without names: {anonymous}; in all: {total}.</source>
            <translation>नामसहित उपस्थित: {named}; नाम बिना गनिएका: {anonymous}; जम्मा: {total}।</translation>
        </message>
        <message>
            <source>Minutes of the previous meeting</source>
            <translation>अघिल्लो बैठकको माइन्युट</translation>
        </message>
        <message>
            <source>No earlier minutes were approved at this meeting.</source>
            <translation>यस बैठकमा कुनै अघिल्लो माइन्युट स्वीकृत भएन।</translation>
        </message>
        <message>
            <source>The minutes of the meeting of {date} were approved as a true record.</source>
            <translation>{date} को बैठकको माइन्युटलाई सही अभिलेखका रूपमा स्वीकृत गरियो।</translation>
        </message>
        <message>
            <source>Agenda and discussion</source>
            <translation>कार्यसूची र छलफल</translation>
        </message>
        <message>
            <source>No agenda items were recorded.</source>
            <translation>कार्यसूचीको कुनै विषय दर्ता छैन।</translation>
        </message>
        <message>
            <source>Presented by {name}</source>
            <translation>प्रस्तुतकर्ता: {name}</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>छलफल</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>निर्णयहरू</translation>
        </message>
        <message>
            <source>No actions were agreed or carried over.</source>
            <translation>कुनै कार्य तय वा अघि सारिएको छैन।</translation>
        </message>
        <message>
            <source>(agreed on {date})</source>
            <extracomment>Translators: {date} is the day of the earlier meeting that agreed the action.</extracomment>
            <translation>({date} मा तय भएको)</translation>
        </message>
        <message>
            <source>The date of the next meeting is not yet set.</source>
            <translation>अर्को बैठकको मिति अझै तय भएको छैन।</translation>
        </message>
        <message>
            <source>{date} at {time}, {venue}.</source>
            <translation>{date}, {time} बजे, {venue}।</translation>
        </message>
        <message>
            <source>Amendments since approval</source>
            <translation>स्वीकृतिपछिका संशोधनहरू</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>छैन।</translation>
        </message>
        <message>
            <source>Amendment</source>
            <translation>संशोधन</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>कारण</translation>
        </message>
        <message>
            <source>Agreed at the meeting of</source>
            <translation>स्वीकृत गर्ने बैठक</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>हस्ताक्षर</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>हस्ताक्षरहरू</translation>
        </message>
        <message>
            <source>Please write your name, tick your gender and age band, and sign. Ticking "I agree to take part" means you agree that your attendance is recorded; "Photos" that you may appear in photographs. For anyone under 18, a parent or guardian ticks and signs.</source>
            <translation>कृपया आफ्नो नाम लेख्नुहोस्, आफ्नो लिङ्ग र उमेर समूहमा चिन्ह लगाउनुहोस्, र हस्ताक्षर गर्नुहोस्। "म सहभागी हुन सहमत छु" मा चिन्ह लगाउनुको अर्थ तपाईंको उपस्थिति दर्ता गर्न तपाईं सहमत हुनुहुन्छ भन्ने हो; "फोटो" को अर्थ तपाईं फोटोमा देखिन सक्नुहुन्छ भन्ने हो। 18 वर्षमुनिका जोकोहीका लागि आमाबुबा वा अभिभावकले चिन्ह लगाई हस्ताक्षर गर्नुहोस्।</translation>
        </message>
        <message>
            <source>I agree to take part</source>
            <translation>म सहभागी हुन सहमत छु</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>फोटो</translation>
        </message>
        <message>
            <source>Role, organisation or community</source>
            <translation>भूमिका, संस्था वा समुदाय</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>सहमति</translation>
        </message>
        <message>
            <source>Counted without names (for large events): women {blank}, men {blank}, others {blank}; in all {blank}.</source>
            <translation>नाम बिनाको गन्ती (ठूला कार्यक्रमका लागि): महिला {blank}, पुरुष {blank}, अन्य {blank}; जम्मा {blank}।</translation>
        </message>
        <message>
            <source>Sign-in sheet</source>
            <translation>हाजिरी पाना</translation>
        </message>
        <message>
            <source>Kind of event</source>
            <translation>कार्यक्रमको प्रकार</translation>
        </message>
        <message>
            <source>Action tracker</source>
            <translation>कार्य अनुगमन सूची</translation>
        </message>
        <message>
            <source>open on {date}</source>
            <extracomment>Translators: {date} is today's date in words.</extracomment>
            <translation>{date} सम्म बाँकी</translation>
        </message>
        <message>
            <source>Open actions: {open}, of which overdue: {overdue}.</source>
            <translation>बाँकी कार्यहरू: {open}, जसमध्ये म्याद नाघेका: {overdue}।</translation>
        </message>
        <message>
            <source>No actions are open.</source>
            <translation>कुनै कार्य बाँकी छैन।</translation>
        </message>
        <message>
            <source>Agreed on</source>
            <translation>तय भएको मिति</translation>
        </message>
        <message>
            <source>{title} (plan version {number})</source>
            <extracomment>Translators: {title} is the prevention plan's title, {number} its version.</extracomment>
            <translation>{title} (योजना संस्करण {number})</translation>
        </message>
        <message>
            <source>Meetings outside a committee</source>
            <translation>समितिबाहिरका बैठकहरू</translation>
        </message>
        <message>
            <source>(not named)</source>
            <translation>(नाम उल्लेख नगरिएको)</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) late</source>
            <extracomment>Translators: %n is how many days ago the action fell due.</extracomment>
            <translation>
                <numerusform>%n दिन ढिलो</numerusform>
                <numerusform>%n दिन ढिलो</numerusform>
            </translation>
        </message>
        <message>
            <source>All committees</source>
            <translation>सबै समितिहरू</translation>
        </message>
        <message>
            <source>Reports are printed in {languages}; {language} is not one of them.</source>
            <translation>प्रतिवेदनहरू {languages} मा छापिन्छन्; {language} तीमध्ये पर्दैन।</translation>
        </message>
    </context>
    <context>
        <name>ReportsButton</name>
        <message>
            <source>&amp;Reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview, print or save this record's reports, as last saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{report}: {record}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paper si&amp;ze</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pre&amp;view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save the tables…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the tables</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reports status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zip archives of CSV files (*.zip)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing the tables…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The tables were saved as {path}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RiskMatrix</name>
        <message>
            <source>Likelihood and impact matrix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>likelihood {likelihood}, impact {impact}: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No threat or risk factor is rated yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Likelihood</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Impact</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RiskProfileForm</name>
        <message>
            <source>Risk profile[*]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Threat or factor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Communities affected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Likelihood</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Impact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a &amp;threat or factor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Factors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consultations it came from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Consultations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>risk profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Risk profile</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RowEditor</name>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove row {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move row {n} up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move row {n} down</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Rules</name>
        <message>
            <source>{day} is not a date a period can have: choose one between {earliest} and {latest}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} is too long: at most {limit} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The end date ({end}) is before the start date ({start}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not a language code such as {codes}.</source>
            <extracomment>Translators: {codes} lists language codes, such as "en, ur, hi".</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language of the &amp;interface</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language of the interface</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Records keep the language they are written in. The window opens again in the language chosen, on the page it shows; open forms are kept as drafts and offered back.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SheetsOptions</name>
        <message>
            <source>De-identified: people appear by stable codes, without names or contact details; people who withdrew consent, or did not consent to the use of their data, are left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Include personal data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Include personal data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Names, birth years and contact details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Include personal data?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The tables will hold the names, birth years and contact details of the people recorded. Keep the file safe, share it only with those who need it, and delete it when you are done.

Include personal data?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>The disk is full: free some space, then try again. Nothing was saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The records file is damaged: restore it from a backup (scdesk check tells how).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file is not an scdesk records file, or it is damaged beyond reading.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The records are in use by another scdesk window or program: close it and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A backup could not be written to {folder}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The records file cannot be written (it is read-only): check the folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The disk could not be read or written: check the drive, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The records file cannot be opened: check that its folder exists and is yours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{url} is not a PostgreSQL address: write it as postgresql://user:password@server/database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup before {reason} failed, so nothing was changed: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database server at {address} cannot be reached or refused the login ({reason}): check that it is running and that the address, user and password are right.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pg_dump was not found, and a backup is taken before every merge: install PostgreSQL's client programs (on Debian, postgresql-client).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These records were saved by a newer version of scdesk: install that version to open them. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Support</name>
        <message>
            <source>Choose the city the grant supports.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The amount must be above zero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the currency code, such as USD, EUR or PKR.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{currency} is not a currency code such as USD, EUR or PKR.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the city the advice was for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the expert who gave it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SupportPage</name>
        <message>
            <source>Support given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;grant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New expert &amp;advice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All grant statuses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grant status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the lists hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Totals by city, status and currency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Totals by city, status and currency (never converted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expert advice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title and organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fields of expertise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Advice given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Latest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expert pool</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the support given…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{grants} · {advice} · {experts} in the expert pool</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n grant(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n piece(s) of expert advice</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n expert(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>(empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>device {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This conflict is settled already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This conflict is about a rule between two fields: keep A or B, or give both fields.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the value to keep.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That would break a rule: {rule} Give {names} too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{rule} {first} set {field} to {value}; {second} set {other} to {other_value}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This record has no field {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That value does not fit this field: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This device has no keys to replace yet: scdesk device makes its first ones.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This key backup belongs to another device.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This key backup holds keys this device no longer signs with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{device}'s clock is {days} days ahead: ask its user to set the date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is this device's own card: give it to the hub.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} was revoked here and cannot be trusted again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is known here with other keys: new keys are trusted only from its bundle or card that names the old ones (scdesk device replace-keys, on that device).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This device cannot revoke itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No such device is known here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No single device matches {text}: scdesk devices lists them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a hub writes a hub profile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The hub profile holds records scdesk cannot read: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The city is not one of the hub's cities.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An officer's device sends its bundles to its hub only, which passes them on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This device has no key for {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}: not imported, the import was cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is being merged by another scdesk window or command right now: its outcome will show there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} holds a record scdesk cannot take: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} holds records that refer to records this device does not have; nothing from it was merged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} from {sender}: {new} new, {updated} updated, {unchanged} already here, {conflicts} in conflict, {waiting} waiting for records not yet arrived.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} from {sender}: nothing new, all {unchanged} records are already here.</source>
            <extracomment>Translators: {unchanged} is a number of records; the bundle changed nothing here.</extracomment>
            <translation>{sender} बाट {file}: केही नयाँ छैन, सबै {unchanged} रेकर्ड पहिल्यै यहाँ छन्।</translation>
        </message>
        <message>
            <source>{file}: already merged on {day}; nothing changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} comes from {sender}, another officer's device: an officer's device takes bundles from its hub only, which passes everyone's changes on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} from {sender} acknowledges changes made by {other}; a device may speak only for itself, so nothing from it was merged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} from {sender} claims changes made by {other} that this device does not have; a device may send only its own changes, so nothing from it was merged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} from {sender} carries a change made by {other}; a device may send only its own changes, so nothing from it was merged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That device is not trusted here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This device does not know its hub yet: import the hub's profile first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say which device the bundle is for (scdesk devices lists them).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes {first} to {last} made on {device} have not arrived yet (a bundle is missing); the next bundle from its sender will bring them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This bundle comes from a device not yet trusted here: {name} ({user}), fingerprint {fingerprint}. Check the fingerprint with the device's owner, trust the device, then import again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} ({user}) has new keys, fingerprint {fingerprint}, replacing {old} and confirmed by the old key: check the new fingerprint with its owner and trust it (scdesk trust FILE), then import again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} ({user}) has new keys, fingerprint {fingerprint}, replacing {old} but not confirmed by the old key, which was lost: check the new fingerprint with its owner and trust it (scdesk trust FILE), then import again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name of the file {file} holds characters scdesk cannot read: rename the file, then import it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} comes from {name}, a device revoked here: it is not imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} does not bear {name}'s signature: it was changed after it was made, or made by another device. Ask the sender for it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is not an scdesk bundle, or it was damaged on the way.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is not an scdesk bundle.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} was made by a newer version of scdesk: install it here, then import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} was made for another device; ask the sender to export it for this one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} holds unexpected files ({names}): it was not made by scdesk, or it was tampered with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is not a whole scdesk bundle: it may have been cut short or damaged on the way. Ask the sender for it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} was changed after it was made (damaged on the way, or tampered with): ask the sender for it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is larger than a bundle may be, or expands too far: it is not imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} holds records scdesk cannot read: it was not made by this scdesk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is not an scdesk device card, or it was damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is not a backup of scdesk device keys, or it was damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The passphrase does not open {file}: check it and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The key file in {folder} is not the one this device's records were signed with: put the right one back (scdesk device restore-keys FILE), or make new keys the hub must trust (scdesk device replace-keys).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This device's key file ({name}) is missing from {folder}: restore it from your key backup (scdesk device restore-keys FILE), or, with no backup, make new keys the hub must trust before it takes this device's bundles (scdesk device replace-keys).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This device's key file ({path}) is damaged: restore it from a copy of the folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The keys given are damaged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The key file in this folder belongs to another device's records: keep each device's folder whole, or move this key file away to make new keys.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} was made by a newer version of scdesk: install it here first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is not an scdesk hub profile, or it was damaged.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No bundle imported since scdesk started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review &amp;duplicates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the probable duplicates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Devices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This device's fingerprint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before another device trusts this one, its user asks for this fingerprint: read it out, or compare it on both screens.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fingerprint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bundles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export a bundle for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F&amp;or</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export a bundle…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export a bundle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write this device's new records to a file for the device chosen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import bundles…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import bundles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge bundles other devices made for this one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last bundle for the device chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A bundle holds what the device chosen has not had from this one yet, in one file named for who made it, for whom and when. Import takes the bundles other devices made for this one; choose several at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Updated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Already here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What each file did</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} ({role}), used by {user}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflicts ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No bundle made for {name} yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last bundle for {name}: {when}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This device does not know its hub yet: import the hub's profile (under Devices, below) before exporting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No device is trusted here yet: import a bundle from an officer's laptop and trust it, then export bundles for it here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where to write the bundle (a USB stick, for example)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporting a bundle…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{records} for {receiver}, written to {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bundles to import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>scdesk bundles (*.scdesk);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking the bundles…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing bundles…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n file(s) merged</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already merged</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not imported</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Last import: {parts}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trusted now: {names}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n pair(s) of probable duplicates to look at.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>merged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>already merged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From {sender}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Tables</name>
        <message>
            <source>{value} is not a {column}: use one of {choices}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} in {column} is not yes or no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} in {column} is not a date such as 2026-01-31.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} in {column} is not a time such as 2026-01-31 14:30 (UTC).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} in {column} is not a whole number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} in {column} is not an amount such as 1500.50.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} in {column} is not an id as scdesk writes them: leave it empty for a new record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is larger than {limit} MB: split it into smaller files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is not a CSV or XLSX file: save it as one of those.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is not in UTF-8: save it from your spreadsheet as "CSV UTF-8" and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A cell holds more than {limit} characters: look for a quotation mark that is never closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The spreadsheet declares XML entities, which spreadsheet programs never write: it is refused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The spreadsheet has no sheet called {table}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The zip file holds no {table}.csv.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file unpacks to more than {limit} MB: it is refused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is damaged or not a spreadsheet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file has more than {limit} rows: split it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The first row must name the columns; it is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The first row names the column "{column}" twice: keep one.</source>
            <extracomment>Translators: {column} is a column name, as the first row of the file gives it.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The first row names no column scdesk reads: add a row of column names at the top, such as {examples}.</source>
            <extracomment>Translators: {examples} are column names, such as: id, name, name_local, country.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A cell holds a NUL character, which is not text: save the file again from your spreadsheet program.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The row has {cells} cells but the first row names only {columns} columns: name every column, and put a cell that holds a comma in quotation marks.</source>
            <extracomment>Translators: {cells} and {columns} are numbers of cells in one row.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This person is listed already, in row {row}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This seat is on another committee: leave its id empty to seat the person on this one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the committee (committee_id or committee) and the person (person_id or person).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill {column}: a new record needs it.</source>
            <extracomment>Translators: {column} is the name of a column of the spreadsheet.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No single record called {name} is recorded here: give its {column}.</source>
            <extracomment>Translators: {name} is what the cell holds, {column} the column that takes the record's id.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was imported: {count} problem(s) found; {first}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say which meeting or which activity the attendance is for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This row's id belongs to a part of another version: leave it empty to add the part to this one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{sheet} row {row}: {message}</source>
            <extracomment>Translators: {sheet} is the name of a table (risk_factors), {row} a row number in it.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>row {row}: {message}</source>
            <extracomment>Translators: {row} is a row number as the spreadsheet shows it, {message} what is wrong with it.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More than one person called {name} with this birth year and city is recorded: give the person's id.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More than one city is called {name}: give its city_id.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No single organisation called {name} is recorded here: give its organisation_id.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No single indicator has the code {code}: give its indicator_id.</source>
            <extracomment>Translators: {code} is what the cell holds, an indicator's code such as OP1.2.</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrashPage</name>
        <message>
            <source>&amp;Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore the selected record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every kind</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n deleted record(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Restored: {label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restoring…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VersionBox</name>
        <message>
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;dopt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publish this draft: the version adopted before it is kept, superseded, and stays readable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a draft copy of this version to edit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Start one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version {number} · {status} · {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None yet: start one for this city.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A draft: open it to edit, adopt it to publish it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adopted on {day}: it opens read-only; start a new version to change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Superseded by a later version: kept as it was, it opens read-only.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>form</name>
        <message>
            <source>&amp;Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;ummary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Review on</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>parent</name>
        <message>
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a &amp;session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The consultations it came from (double-click one to open it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the report</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
