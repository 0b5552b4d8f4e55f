<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AcceptInvitationDialog</name>
    <message>
        <source>Accept an invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation &amp;link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partnerdesk://invitation/…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authorize indirect provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as &amp;another user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Partner ID %2, %3) invites you to connect as its indirect reseller. It serves resellers in: %4. The invitation expires on %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I authorize %1 to be the indirect provider of %2, with the permissions above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your tenant (%1)</source>
        <extracomment>Who the provider gets administrator access to: the reseller&apos;s tenant and its domain.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;When you authorize %1, it may:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;submit orders and add subscriptions on behalf of your customers;&lt;/li&gt;&lt;li&gt;act with administrator access to %2.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;You can end the relationship at any time on the Indirect providers page.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as an Admin agent of your indirect reseller account to accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authorize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the new &amp;tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your organization&apos;s &amp;tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Partner ID %2) asks to become a reseller of your organization. The invitation expires on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Partner ID %2) and its indirect provider %3 (Partner ID %4) ask to become resellers of your organization. The invitation expires on %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I authorize these partners to serve %1 as described above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new tenant, %1, is created for %2 with %3 as its Global administrator when you authorize.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as a Global administrator of your organization&apos;s tenant, or create your organization&apos;s tenant, to accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now serves your organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 now serve your organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partner invites you with a link in an email. Paste the link here, or open it with PartnerDesk, to see who invites you and what they may do, and to authorize them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I authorize this partner to serve %1 as described above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already serves you; it stays your reseller of record, with administrator access to manage your subscriptions, licenses and users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 becomes your reseller of record, with administrator access to manage your subscriptions, licenses and users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already serves you and may go on submitting orders and adding subscriptions for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may submit orders and add subscriptions for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps serving you as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;When you authorize it:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;When you authorize them:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>the legal business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the primary contact&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the primary contact&apos;s last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country/region of a partner account is fixed when it enrolls and can&apos;t be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MPN profile has the Partner ID %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Partner ID %1 belongs to another Partner Membership Center account. Only profiles of your organization&apos;s account can be linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organization no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner account no longer exists in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the language messages to the primary contact are written in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityLogModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityLogPage</name>
    <message>
        <source>Activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What everyone did in the workspace, newest first: each partner&apos;s activity, and the program&apos;s decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the people of your organization, and partners working with you, did in your account, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name, customer, email address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the events listed, for the current filters, as a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events match these filters. Clear filters to see every event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been recorded yet. Changes of status, roles, relationships, invitations, orders and licenses appear here as people make them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export activity</source>
        <extracomment>Default file name of the activity log export.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting activity… %1 events written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity is exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clea&amp;r filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>Enrolled in the CSP program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification code sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal business profile changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support profile changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner ID changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reseller account created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Membership Center account created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPN profile added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPN profile status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indirect provider added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User&apos;s roles changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification set up again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification requirement changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indirect provider authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indirect relationship ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer relationship authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer relationship ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral passed to a reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer account changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer user added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer user changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer user blocked from signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer user allowed to sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer user&apos;s password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order request sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order request fulfilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order request declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample workspace loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Membership Center account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries or regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indirect provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider&apos;s partner ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indirect reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reseller&apos;s partner ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licenses assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery codes left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reseller invitations revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer invitations revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer relationships ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order requests declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment and account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations, relationships and referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers&apos; accounts and users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders and licenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State or province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support web site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>V&amp;erify the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every event of the audit log against the one before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk has not found the audit log of this workspace intact yet. After an intact check it remembers the newest event, and later checks also find events cut from the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last intact check at this desk: %1, up to event %2. Later checks also find events cut from there or a chain rewritten whole. To check from the command line:
partnerdesk --verify-audit --audit-anchor %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change of status, role, relationship, invitation, order and license is written to the audit log (the Activity log lists it), each event sealed together with the one before it. Verifying the chain finds an event that was changed, removed or slipped in, even by whoever runs the database, and names the first one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>event %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log was tampered with: %1 is not what was written. Events checked: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log was tampered with: %1 doesn&apos;t follow the event before it, so events were removed or slipped in there. Events checked: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log was tampered with: %1 carries no chain hash. Events checked: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log was tampered with: event %1, which was verified here before, is gone. Events checked: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log was rewritten: an event verified here before has another hash now. Events checked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is intact: each event is sealed together with the one before it. Events checked: %1; the newest is event %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an audit anchor: give the event number, a colon and the event&apos;s hash of 64 hexadecimal digits, as the last check printed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a partner&apos;s Admin agents read its activity log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The export was stopped after %n events.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indirect relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPN profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner Membership Center account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>What an event is about: its kind and name (&quot;Customer: Contoso&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone of another organization</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <source>Business profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organization&apos;s legal business profile, primary contact and customer support. The primary contact is the person we contact about this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support &amp;web site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 425 555 0100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://www.example.com (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Reviewers check that the primary contact belongs to your organization: use an address of your web site&apos;s or tenant&apos;s domain if you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;upport email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Support phone:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%n arguments were given; PartnerDesk takes at most one, an invitation link.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The invitation link given is empty, so nothing was opened. Give a link such as partnerdesk://invitation/…, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link given is %1 bytes long, more than the %2 a PartnerDesk invitation link may have, so nothing was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To find events cut from the end next time, give --audit-anchor %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerAccountTab</name>
    <message>
        <source>Primary domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account of %1 is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDetailsWidget</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerLicensesTab</name>
    <message>
        <source>Subscription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users holding a license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name (UPN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 of %3 assigned</source>
        <extracomment>A subscription in a list: its offer, then how many of its licenses are assigned.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no active subscription with licenses. You add one by submitting an order for it on the Services tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no active subscription with licenses. Its provider adds subscriptions by submitting orders; you can request an order on the Services tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n licenses assigned</source>
        <translation>
            <numerusform>%1 of %n license assigned</numerusform>
            <numerusform>%1 of %n licenses assigned</numerusform>
        </translation>
    </message>
    <message>
        <source>Every license is assigned: unassign one, or ask for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A user in a list: their name, then their user name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every enabled user holds one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now has a license of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer has a license of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerManagementService</name>
    <message>
        <source>This organization isn&apos;t one of your customers. It may have ended its relationship with %1; reload the customer list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the reseller of %1 with administration rights manages its account and users. Ask that reseller to make the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the reseller of %1 with administration rights manages its account. Ask that reseller to make the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the reseller of %1 with administration rights manages its users. Ask that reseller to make the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country/region of a customer is fixed when its tenant is created and can&apos;t be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user was not found in %1; they may have been removed. Reload the list and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last Global administrator of %2 and must stay one: nobody could administer the customer&apos;s tenant otherwise. Make another user a Global administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already taken. Choose another user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an Admin agent of %1 creates, changes, disables or enables a Global administrator of %2 or resets their password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Global administrator of %2: only an Admin agent of %3 can change, disable or enable them or reset their password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an Admin agent of %1 can make a user a Global administrator of %2, who controls its whole tenant. Choose the User role, or ask an Admin agent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>This invitation asks an indirect reseller to authorize a provider: an Admin agent of the reseller accepts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program&apos;s tenant can&apos;t become a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a Global administrator of %1 can accept for it, and %2 is not one. Sign in as a Global administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partner can&apos;t become its own customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a reseller of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are already resellers of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the box to confirm that these partners may serve your organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new tenant&apos;s administrator could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted the invitation of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello %1,

%2 of %3 accepted your invitation on %4: %5 is now its reseller of record, with administrator access to its subscriptions, licenses and users. It is on your Customers page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello %1,

%2 of %3 accepted the invitation of %4 on %5: %6 may now submit orders for %3, which is on your Customers page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer works with the indirect provider named in this invitation, so it can&apos;t be accepted. Ask %1 for a new invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indirect provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reseller with administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a partner&apos;s users see a list of customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The export was stopped after %n customers.</source>
        <translation>
            <numerusform>The export was stopped after %n customer.</numerusform>
            <numerusform>The export was stopped after %n customers.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has an indirect relationship with %2, so it can&apos;t become a customer of %2: %2 would hold administrator access to the tenant of its own provider or reseller.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerServicesTab</name>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add subscription…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order a new subscription for this customer, for one of its resellers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change quantity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or remove licenses of the selected subscription, or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request an order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask one of your indirect providers to order for this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A partner on record: its name, then its Partner ID.
----------
Who submitted an order: the user, then their partner.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <extracomment>The quantity of a subscription billed by usage.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>What an order did: its transaction, then the offer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscriptions yet: add one with Add subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscriptions yet: ask a provider with Request an order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscriptions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order is placed, with %1 (Partner ID %2) as partner on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has your order request. It stays on the Order requests page until %1 fulfills or declines it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerUserDialog</name>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new user is created in the tenant of %1 and gets a temporary password, shown to you once when the user is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the name or the directory role of %1 (%2) in the tenant of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primary domain of %1, which every user name of its tenant ends with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administers the whole tenant of %1, including its partners&apos; access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs in and uses the licenses assigned to them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerUsersTab</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name (UPN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added. They sign in as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled and can&apos;t sign in. Their licenses stay assigned until you unassign them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled and can&apos;t sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is enabled and can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password of %1 (%2)? Their current password stops working, and you get a temporary password to give them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The temporary password of %1 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password won&apos;t be shown again. Give it to %1 now: they sign in as %2 with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indirect reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indirect provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort by this column; click again to reverse the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column can&apos;t be sorted. Sort by Company, Primary domain, Country/region or Since.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by company name or domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;stomers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request a reseller relationship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email a customer a link that asks it to make you its reseller of record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the customers listed, for the current search, as a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching: more than %1</source>
        <extracomment>More customers match the search than were counted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching: %1</source>
        <extracomment>How many customers match the search.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers: %1</source>
        <extracomment>How many customers the partner serves.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer&apos;s name or domain has a word starting with “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no customers yet. Request a reseller relationship, or invite new customers with a provider from the Indirect providers page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You serve no customers yet. Your resellers invite customers with you from their Indirect providers page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation to %1 is recorded as Pending until the customer accepts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export customers</source>
        <extracomment>Default file name of the customer list export.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting customers… %1 written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers are exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers you are a reseller of record for. Select a customer to manage its account, services, users and licenses below the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers you serve as indirect provider with one of your resellers. Select a customer to see its account and to order for it below the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a customer in the list to see its account, services, users and licenses here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer list and details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to the account of %1 are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <extracomment>While the customers that match are counted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file %1 is not a PartnerDesk workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer PartnerDesk (schema version %2); this version reads up to schema version %3. Update PartnerDesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be backed up before its upgrade, so it was left as it was: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be upgraded to schema version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is busy or read-only, so it could not be upgraded; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is busy: another program, or another PartnerDesk, holds it locked. Nothing was changed; close that program or wait, then open the workspace again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is read-only for you: PartnerDesk needs to write to the file and to its folder. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 could not be read: the disk reported an input/output error. Nothing was changed; copy the file to another disk and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the workspace %1 is full. Nothing was changed; free some space, then open the workspace again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 could not be opened: the file or its folder can&apos;t be reached, or you may not open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 could not be opened (SQLite error %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is damaged, so it was not opened and nothing in it was changed. No backup of it was found in its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is damaged, so it was not opened and nothing in it was changed. Its newest backup is %2: to go back to it, close PartnerDesk, move the damaged file aside and copy the backup in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 was not opened: %2 is not a file of yours that can be made private, so others could read or change what PartnerDesk writes. Nothing was changed; keep workspaces in a folder only you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PartnerDesk can&apos;t open shared workspaces: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 sorts text by a language&apos;s rules; a shared workspace needs the C collation. Ask the server&apos;s administrator to create it with --locale=C (see &quot;Set up a server&quot; in PartnerDesk&apos;s README). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds another application&apos;s tables, not a PartnerDesk workspace. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace needs an upgrade that its owner %1 may not make: the owner creates a database login for each person, which takes the CREATEROLE attribute. Ask the server&apos;s administrator to run ALTER ROLE %1 CREATEROLE. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a shared workspace that is open has database logins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared workspace %1 refused your own database login %2, so you were not signed in: %3 Ask an administrator of your organization to reset your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared workspace %1 needs an upgrade to schema version %2, which only its owner may make. Ask the server&apos;s administrator to open it once with this PartnerDesk and the owner&apos;s address. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared workspace is backed up on its server, with PostgreSQL&apos;s own tools such as pg_dump. Ask the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file than the workspace itself for its backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabasePasswordDialog</name>
    <message>
        <source>Open shared workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1 (PostgreSQL)
Database user: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, Partner ID or country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indirect providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPN profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked partner account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add MPN profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of the MPN profile %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an official indirect provider with its tenant, first user and listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reinstate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suspend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the provider active again, so that resellers find it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend the provider with a reason its primary contact reads; resellers no longer find it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is %1 suspended? Its primary contact reads this reason. Resellers no longer find a suspended provider, and it can&apos;t invite anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryService</name>
    <message>
        <source>%1 is already taken. Try another prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organization name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the administrator&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace already has a program administrator. Sign in as that administrator to add others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins. Try again after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator of your organization to enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name, such as someone@example.onmicrosoft.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user no longer exists in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user has been disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organization no longer exists in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your Partner Membership Center user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Partner Membership Center first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is incorrect, and this account is now locked after too many failed sign-ins. Try again after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A program administrator can only be created in an empty workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Partner ID %1 already belongs to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MPN profile has the Partner ID %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MPN profile has the Partner ID %1. Add the profile on the MPN profiles tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MPN profile %1 (%2) is %3. Only an active profile can be linked to a provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MPN profile %1 is located in %2, but the provider&apos;s tenant is in %3. Choose %2 for the tenant, or a profile located in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one country/region the provider serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name resellers contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s listing could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to the Cloud Solution Provider program, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello %1,

%2 (Partner ID %3) is now an official indirect provider in the Cloud Solution Provider program, and its partner account is active.

Its tenant is %4. The first user, %5, is a Global administrator of the tenant and an Admin agent of the partner account; your program administrator gives them their password. Sign in to PartnerDesk as %5 to add users and invite resellers.

Resellers in %6 find %2 under Find a provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indirect provider no longer exists in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2. Only an active provider can be suspended, and only a suspended one reinstated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reason for suspending %1: its primary contact reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner account of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello %1,

The indirect provider account of %2 (Partner ID %3) is suspended. Until it is reinstated, resellers don&apos;t find %2 under Find a provider, and it can&apos;t invite resellers or customers.

Reason: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello %1,

The indirect provider account of %2 (Partner ID %3) is active again. Resellers find it under Find a provider, and it can invite resellers and customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is incorrect, and this account is now locked after too many failed sign-ins. Try again after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is incorrect. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app, or one of your recovery codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requires two-step verification. Set it up to finish signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code has already been used. Wait for the next code in your app and enter that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is incorrect. Enter the code your app shows now, or an unused recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Partner Membership Center user name or password is incorrect. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Partner Membership Center account %1 changed meanwhile. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification isn&apos;t required to sign in. Set it up from User management once signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user has been disabled or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in to Partner Membership Center has ended (it lasts two hours). Sign in to it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Enrollment submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The partner account of &lt;b&gt;%1&lt;/b&gt; is &lt;b&gt;%2&lt;/b&gt;. You are its first Admin agent.&lt;/p&gt;&lt;p&gt;What happens next:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;We sent a verification code to %3. %5 Then enter the code on your Home page.&lt;/li&gt;&lt;li&gt;We review and verify the information you provided; this can take several days.&lt;/li&gt;&lt;li&gt;We email the primary contact when the account is approved. Then you can connect with indirect providers and invite customers. You can add users right away.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Finish signs you in as %4.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Email</name>
    <message>
        <source>To: %1
Subject: %2

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No email program opened the message. Use Copy and paste it into a new email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your email program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailVerificationPanel</name>
    <message>
        <source>Verify your email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send a new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a new code to the primary contact; earlier codes stop working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We sent a new code to %1. Enter that code; earlier codes no longer work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We sent a verification code to %1. %2 Enter the code here and select Verify.</source>
        <extracomment>%2 says where the message is (the mail drop folder).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollmentReviewsPage</name>
    <message>
        <source>Enrollment reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners whose primary contact verified their email wait here for a decision. Check the results of the automatic checks, then approve the application or reject it with a reason the primary contact reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No applications are waiting for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer support:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPN organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;utomatic checks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the partner account Active and message its primary contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the application with a reason the primary contact reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>first and last name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Partner ID %2, %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the application of %1 rejected? The primary contact reads this reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2; its primary contact was messaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollmentService</name>
    <message>
        <source>%1 is not a Global administrator of %2. Only a Global administrator of the tenant can enroll it; sign in as one, or create a new tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program tenant can&apos;t enroll as a partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a partner account (%2). A tenant holds one partner account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the organization profiles of the Partner Membership Center account you signed in to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Partner Membership Center first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify your email address for the partner account of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello %1,

%2 is enrolling in the Cloud Solution Provider program as an indirect reseller and named you its primary contact. To confirm that you signed up for a partner account and that this email address belongs to your organization, enter this code on the Home page of PartnerDesk:

    %3

The code expires on %4. If you didn&apos;t expect this message, you can ignore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email of %1 is already verified; the account is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification is locked after %1 wrong codes. Send a new code and enter that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has expired. Send a new code and enter that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is incorrect. Verification is now locked after %1 wrong codes: send a new code and enter that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner account of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your email address is verified. We are now reviewing the information you provided; this can take several days. We&apos;ll email you when the review is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partner account is ready to use. Its Admin agents can now add users, connect with indirect providers and invite customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We could not approve the application. Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner account is suspended. Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the verification code we sent you on the Home page of PartnerDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello %1,

The status of the partner account of %2 (Partner ID %3) is now: %4.

%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary contact&apos;s email domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches the organization&apos;s web site or tenant domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches neither the web site (%2) nor the tenant domain (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name and MPN organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant: %1; legal address: %2; MPN profile: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reason for the rejection: the primary contact reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not under review, so there is nothing to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already an indirect reseller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now an indirect reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello %1,

%2 (Partner ID %3) now also resells as an indirect reseller in the Cloud Solution Provider program. Customers reach its reseller support at %4, %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 codes were sent in the last 24 hours, the most there can be. You can send a new code after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verification code was sent to %1. The code is not kept in PartnerDesk; it expires on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is incorrect. Check the message sent to %1; %2 tries left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the primary contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollmentWizard</name>
    <message>
        <source>Enroll as an indirect reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel enrolling?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you entered for this enrollment is not kept, and nothing is enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep enrolling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <source>Global administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indirect reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indirect provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpdesk agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending email verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <comment>MPN profile status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <comment>MPN profile status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>MPN profile status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financing and credit terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer of the reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer of the reseller and its provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage-based</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add licenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove licenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>status of an invitation (feminine in Spanish)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>status of an invitation (feminine in Spanish)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>status of an invitation (feminine in Spanish)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <comment>status of an invitation (feminine in Spanish)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <comment>status of an order request (feminine in Spanish)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <comment>status of an order request (feminine in Spanish)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <comment>status of an order request (feminine in Spanish)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <comment>status of a referral (feminine in Spanish)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>status of a referral (feminine in Spanish)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <comment>status of a referral (feminine in Spanish)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>status of a referral (feminine in Spanish)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindProviderPage</name>
    <message>
        <source>Find a provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different indirect providers offer different support and services: evaluate the providers in your area to find the ones that best meet your needs. When you find one you want to partner with, contact them to discuss their reseller program, level of support and terms; they then email you an invitation to accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers serving &amp;resellers in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact by email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No official provider serves resellers in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No official provider serves resellers in %1 with every service chosen. Clear some of them to see more providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reseller program of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello %1,

We are %2 (Partner ID %3), an indirect reseller in %4. We would like to discuss your reseller program, your level of support and your terms, and to connect our accounts in the Cloud Solution Provider program.

Kind regards,
%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (already your provider)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts a message to %1 on the clipboard: no email program is set up on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a new email to %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a message to %2. Send it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No email program opened, so the message to %1 (%2) is on the clipboard: paste it into a new email.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an Admin agent can change these details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You and your organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country/region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal business name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners serving your organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administers your organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are a program administrator of this workspace. Directory lists the official indirect providers and every MPN profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not enrolled in the Cloud Solution Provider program and is not a customer of any partner in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These partners have a reseller relationship with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: ask an Admin agent to give you a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are a user of the program tenant. Only its Global administrators administer the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a customer of partners in this workspace. Only its Global administrators see and manage those relationships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application was rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not an Admin agent, so you can&apos;t finish setting up this account or add users, and the account has no Admin agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not an Admin agent, so you can&apos;t finish setting up this account or add users. Ask an Admin agent: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resell as an indirect reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already enrolled in the Cloud Solution Provider program? Create a reseller account by giving only the customer support contact information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;reseller account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your email address is verified, and the application is now under review. We&apos;ll email %1 when it is decided.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndirectPartnersPage</name>
    <message>
        <source>&amp;End relationship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended on %1 by %2 (%3)</source>
        <extracomment>A relationship&apos;s status: when it ended and who ended it (a person and their company).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the relationship with %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relationship with %1 has ended. It stays in the list as history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View c&amp;ustomers…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndirectProvidersPage</name>
    <message>
        <source>Indirect providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept &amp;invitation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no indirect provider yet. Find a provider that serves your country, contact them, and accept the invitation they email you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The providers you have a partnership with. Each may submit orders and add subscriptions on behalf of your customers, and has administrator access to your tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a provi&amp;der</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite new &amp;customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a new customer to authorize reseller relationships with you and the selected provider, so that the provider can submit orders for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation to %1 for you and %2 is recorded as Pending until the customer accepts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will no longer be able to submit orders or add subscriptions on behalf of your customers, loses administrator access to your tenant, and no longer serves or sees the customers it serves only through you. Its pending invitations to you are withdrawn. The relationship stays in the history of both sides; working together again takes a new invitation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndirectResellersPage</name>
    <message>
        <source>Indirect resellers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resellers that authorized you as their indirect provider, and the invitations you sent. Invite a reseller to email them a personalized link; it works once, for %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resellers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invi&amp;tations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invite reseller…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active (account %1)</source>
        <extracomment>The relationship is active but the reseller&apos;s account is not (e.g. Suspended).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation to %1 is recorded as Pending until they accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will no longer be able to submit orders or add subscriptions for the customers of %1, lose administrator access to its tenant, and no longer serve or see the customers you serve only through %1. Your pending invitations to %1 are withdrawn. The relationship stays in the history of both sides; working together again takes a new invitation that %1 accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationDraftDialog</name>
    <message>
        <source>Write the message again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the subject and message again in %1? Your changes to them will be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient, subject and message with its link are on the clipboard: paste them into a new email, then choose Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite a reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personali&amp;zed link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@reseller.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the subject and message again, with the link, in the language chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation is recorded as Pending when you open it in email, copy it or choose Done, and the link works once, for %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to the indirect reseller you want to work with. The message carries a link made for this invitation: change the text around it as you like, but keep the link as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a reseller relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a customer to make you its reseller. The message carries a link made for this invitation: change the text around it as you like, but keep the link as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite a new customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a new customer to authorize reseller relationships with you and your indirect provider, so that the provider can submit orders for it. Keep the link in the message as it is: it is personalized for you and your provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@customer.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the message. Send it from there, then choose Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No email program is set up on this computer. Use Copy to clipboard and paste the message into a new email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the message in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationLinks</name>
    <message>
        <source>Paste the invitation link from the message you received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is far longer than an invitation link. Copy only the link, which starts with partnerdesk://invitation/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a PartnerDesk invitation link. Invitation links start with partnerdesk://invitation/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PartnerDesk link doesn&apos;t open an invitation. Invitation links start with partnerdesk://invitation/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link ends where its invitation code should begin. Copy the whole link from the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link has something added after its invitation code. Copy the link exactly as it is in the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is cut short: part of its invitation code is missing. Copy the whole link from the message; a long link may continue on the next line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link&apos;s invitation code is longer than it should be. Copy the link exactly as it is in the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link contains characters that invitation links never have (only letters, digits, - and _ follow partnerdesk://invitation/). Copy the link exactly as it is in the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link was changed after it was sent: its invitation code doesn&apos;t check out. Copy the link exactly as it is in the message, or ask the sender for a new invitation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationMessages</name>
    <message>
        <source>%1 invites you to connect as an indirect reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello,

%1 (Partner ID %2) would like to be your indirect provider in the Cloud Solution Provider program.

To accept, open this link with PartnerDesk and sign in as an Admin agent of your partner account:

%3

When you accept, you authorize %1 to submit orders and add subscriptions on behalf of your customers, and you grant it administrator access to your tenant. The link works once, until %4.

Kind regards,
%5
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks to become your reseller in the Cloud Solution Provider program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello,

%1 (Partner ID %2) would like to become a reseller of your organization in the Cloud Solution Provider program.

To accept, open this link with PartnerDesk and sign in as a Global administrator of your organization&apos;s tenant, or create your organization&apos;s tenant there:

%3

When you accept, %1 becomes your reseller of record, with administrator access to manage your subscriptions, licenses and users on your behalf. The link works once, until %4.

Kind regards,
%5
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 ask to become your resellers in the Cloud Solution Provider program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello,

%1 (Partner ID %2) and its indirect provider %6 would like to become resellers of your organization in the Cloud Solution Provider program.

To accept, open this link with PartnerDesk and sign in as a Global administrator of your organization&apos;s tenant, or create your organization&apos;s tenant there:

%3

When you accept, %1 becomes your reseller of record, with administrator access to manage your subscriptions, licenses and users on your behalf, and %6 can submit orders for you. The link works once, until %4.

Kind regards,
%5
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationService</name>
    <message>
        <source>Messages can be written in English or Spanish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject is too long. Use at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is too long. Use at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation link in the message was changed. It is personalized for this invitation: put back %1 exactly, or use Restore text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message must contain the invitation link, which is personalized for this invitation: put back %1, or use Restore text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation doesn&apos;t exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation is %1 already, so its message can&apos;t change. Send a new invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation to %1 is %2 already: only a pending invitation can be revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation link is not known in this workspace. Check that PartnerDesk has the workspace open that the invitation was sent from, or ask the sender for a new invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation expired on %1. Ask %2 for a new invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 withdrew this invitation on %2. Ask them for a new invitation if you still want to work together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner who sent this invitation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner account of %1 is %2, so its invitations can&apos;t be accepted for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation was already accepted, and a link works only once. Ask %1 for a new invitation if you need one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an invitation for the reseller and its provider names a provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of your indirect providers: a customer can only be invited together with a provider that has an active relationship with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner account of %1 is %2, so customers can&apos;t be invited with it for now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationsPanel</name>
    <message>
        <source>Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With provider</source>
        <extracomment>Column of customer invitations: the indirect provider invited with the reseller, if any.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revo&amp;ke invitation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted on %1 by %2</source>
        <extracomment>An invitation&apos;s status: when it was accepted and by which company.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the invitation to %1? Its link will no longer work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation to %1 is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>the system keychain refused access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer has no system keychain PartnerDesk can use (on Linux, a Secret Service such as GNOME Keyring or KWallet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegalProfileFields</name>
    <message>
        <source>&amp;Legal business name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address line &amp;1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address line &amp;2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;ate or province:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal c&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country/re&amp;gion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country/region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary contact&apos;s first na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s first na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary contact&apos;s las&amp;t name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s las&amp;t name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary contact&apos;s &amp;email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s &amp;email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary contact&apos;s &amp;phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s &amp;phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 425 555 0100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary contact&apos;s lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegalProfilePage</name>
    <message>
        <source>Legal business profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicenseService</name>
    <message>
        <source>This subscription isn&apos;t one of a customer %1 serves. Choose one from the customer&apos;s subscriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no administrator access to the tenant of %2, so it can&apos;t manage its licenses. Ask the customer&apos;s reseller, which has delegated admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user isn&apos;t in the tenant of %1. Choose one of its users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is billed by usage: it has no licenses to assign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cancelled: its licenses can&apos;t be assigned. Ask your provider for a new subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: its licenses can be assigned once it is Active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled and can&apos;t sign in. Enable the user before assigning a license.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a license of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n licenses of %1 are assigned. Ask your provider for more licenses, or unassign one first.</source>
        <translation>
            <numerusform>The %n license of %1 is assigned. Ask your provider for more licenses, or unassign it first.</numerusform>
            <numerusform>All %n licenses of %1 are assigned. Ask your provider for more licenses, or unassign one first.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no license of %2. Choose a user who holds one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailDrop</name>
    <message>
        <source>%1 is not a folder, so no message can be put in it. Remove it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail drop folder %1 belongs to another user, so no message is put in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail drop folder %1 could not be made private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message to %1 could not be written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message to %1 could not be written: the mail drop folder %2 already holds too many messages from this second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk has no mail server: the message is a file in the mail drop folder %1, named by the time it was sent and %2. Open it with your email program.</source>
        <extracomment>%1 is a folder, %2 an email address.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About PartnerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the &amp;program administrator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PartnerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample workspace is ready. README.md lists its users; every password is Sample!2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These pages have changes that are not saved: %1. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enroll as an indirect reseller…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept invitation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept an invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is empty, so it holds no invitation. Open the workspace the invitation was sent from (partnerdesk --database PATH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now your indirect provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invitation link arrived: it opens when you close the dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) — workspace %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in — workspace %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected again to the shared workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the shared workspace is lost. PartnerDesk connects again when the server is back; nothing is saved meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy workspace to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the workspace… %1 of %2 records (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is copied to %1: %2 records in %3 tables, each table counted on both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The workspace open before could not be opened again either: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;PartnerDesk %1&lt;/h3&gt;&lt;p&gt;A desktop system of record for the two-tier Cloud Solution Provider channel: indirect resellers, indirect providers and their customers.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or any later version: you may share and change it; it comes with no warranty.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Workspace: %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page has nothing to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not saved: save or undo them, then reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign ou&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sa&amp;mple workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back &amp;up workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared workspace is backed up on its server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the whole workspace, as it is now, in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2</source>
        <extracomment>Default name of a backup: the workspace&apos;s file name and the day, such as workspace-2026-12-07.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk workspaces (*.%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is backed up to %1. The backup is a whole workspace: to go back to it, open it with File &gt; Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MfaService</name>
    <message>
        <source>The setup is incomplete. Close this window and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 6-digit code your authenticator app shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code doesn&apos;t match. Check that the time on your phone is correct, then enter the code your app shows now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user was not found in %1; they may have been removed. Reload the list and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not set up two-step verification, so there is nothing to reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification is already set up for %1. On a shared workspace another Admin agent of your organization resets it first; then set it up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Admin agent of your organization resets your own two-step verification.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MpnProfileDialog</name>
    <message>
        <source>This Partner Membership Center account exists: the profile is added to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account has this user name yet: it is created with the password below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an MPN profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners link an MPN profile of their Partner Membership Center account when they enroll. Only an active profile in the tenant&apos;s country/region can be linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMC &amp;user name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMC pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country/re&amp;gion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <source>Your tenant will be prefix.onmicrosoft.com, with letters and digits of your choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the fields marked above to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your organization&apos;s tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organization gets a tenant with you as its first Global administrator, and a company profile your partners see. Nothing is created until you authorize the partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters and digits, such as contoso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewUserFields</name>
    <message>
        <source>Signs in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ssword:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>Billed by usage: ordered with a quantity of 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this order the subscription is cancelled and holds no licenses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this order: quantity %1, %2 assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order a new subscription for %1. The order is placed at once: %2 bills it, and the reseller you choose is recorded as partner on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ter&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or remove licenses of a subscription of %1, or cancel it. The order is placed at once, with the subscription&apos;s partner on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — billed by usage, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — quantity %2, %3 assigned, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eseller (partner on record):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reseller to choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Partner ID %2)</source>
        <extracomment>A reseller in a list: its name, then its Partner ID.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bmit order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderRequestDialog</name>
    <message>
        <source>Request an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask one of your indirect providers to place an order for %1. The provider fulfills or declines the request; you follow it on the Order requests page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off&amp;er:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bscription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — billed by usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — quantity %2, %3 assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ter&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a new subscription, the licenses to buy; for a change, the licenses to add or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything the provider should know (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sen&amp;d request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderRequestsPage</name>
    <message>
        <source>Order requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order requests you raised with your indirect providers, and those your resellers addressed to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your indirect resellers ask you to order for their customers. Fulfilling a request places the order at once, with the reseller as partner on record; declining it sends the reseller your reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The orders you asked your indirect providers to place. Raise a request from a customer&apos;s Services tab on the Customers page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ulfill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the order the selected request asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline the selected request with a reason the reseller reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A reseller: its name, then its Partner ID.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>What a request asks for: its transaction, then the offer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order requests yet. Your resellers raise them from their customers&apos; pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order requests yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place this order for %1 now, with %2 (Partner ID %3) as partner on record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfill order request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place &amp;order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order for %1 is placed and the request is Fulfilled; %2 gets a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline order request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do you decline the request of %1 for %2? %1 reads this reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decline request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request of %1 for %2 is Declined; %1 gets your reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderService</name>
    <message>
        <source>The offer catalog that comes with PartnerDesk is damaged (%1). Reinstall PartnerDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer isn&apos;t one %1 serves. Choose a customer from your Customers page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This offer is not in the catalog. Choose an offer from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not sold for a term of %2. Choose one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is billed by usage: order it with a quantity of 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order between 1 and %1 licenses of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This subscription isn&apos;t one of %1&apos;s. Choose one from its subscriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 is billed by %3, so only %3 can change it. Ask %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner on record of %1 is %2 (Partner ID %3), not %4. Choose %2 as the reseller for this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was cancelled on %2. Order a new subscription instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is suspended: it can be changed once it is Active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is billed by usage: it has no quantity to change. Cancel it, or leave it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter how many licenses to add: at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A subscription holds at most %1 licenses and %2 has %3. Add at most %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter how many licenses to remove: at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 licenses: remove fewer, or cancel the subscription to end all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n licenses of %1 are assigned to users, so the quantity can&apos;t go below %n. Unassign licenses first, or remove fewer.</source>
        <translation>
            <numerusform>%n license of %1 is assigned to a user, so the quantity can&apos;t go below %n. Unassign it first, or remove fewer.</numerusform>
            <numerusform>%n licenses of %1 are assigned to users, so the quantity can&apos;t go below %n. Unassign licenses first, or remove fewer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n licenses of %1 are still assigned to users. Unassign them, then cancel.</source>
        <translation>
            <numerusform>%n license of %1 is still assigned to a user. Unassign it, then cancel.</numerusform>
            <numerusform>%n licenses of %1 are still assigned to users. Unassign them, then cancel.</numerusform>
        </translation>
    </message>
    <message>
        <source>This order request isn&apos;t addressed to %1. Choose one from your order requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order request was already %1 on %2 by %3: only Open requests can be fulfilled or declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reseller doesn&apos;t exist. Choose one of the customer&apos;s resellers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no reseller relationship with %2, so it can&apos;t be partner on record of its orders. Choose one of %2&apos;s resellers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order is not for the customer and reseller of the order request it fulfills. Fulfill the request as %1 raised it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reseller of %1 has an Active indirect relationship with %2, so %2 can&apos;t order for it: every order names the customer&apos;s reseller as partner on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the reseller of %1 that the order is for: it becomes partner on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello %1,

%2 of %3 placed an order for %4 on %5, with %6 (Partner ID %7) as partner on record:

%8

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It fulfills the order request %1 raised on %2.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s subscriptions and orders are on its page in PartnerDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 placed an order for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order could not be read back. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the Active indirect providers of %1 has a reseller relationship with %2, so none can order for it. Invite %2 again with one of them as its indirect provider (Invite new customers on the Indirect providers page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the indirect provider to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider is not an Active indirect provider of %1. Choose one from your Indirect providers page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner account of %1 is %2: it can&apos;t place orders until it is Active again. Ask another of your providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no reseller relationship with %2, so it can&apos;t order for it. Invite %2 again with %1 as its indirect provider (Invite new customers on the Indirect providers page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider doesn&apos;t exist. Choose one from your Indirect providers page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the note to %1 characters or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their note: %1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks you to place an order for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello %1,

%2 of %3 (Partner ID %4) asks %5 to place an order for %6:

%7

%8Fulfill or decline the request on the Order requests page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order request could not be read back. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why you decline the request: %1 reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the reason to %1 characters or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declined your order request for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello %1,

%2 of %3 declined the order request for %4 that %5 raised on %6:

%7

Reason: %8

Raise a new request once you have settled it with %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New subscription to %1: quantity %2, term %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: quantity raised by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: quantity lowered by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: subscription cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 doesn&apos;t serve this customer of %2 yet. Ask %2 to invite the customer with you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every message this workspace has sent. PartnerDesk doesn&apos;t send email itself: copy a message or open it in your email program to deliver it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is empty. Messages the workspace sends, such as verification codes, appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the recipient, subject and body to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No email program is set up on this computer. Use Copy and paste the message into a new email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the message in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerIdInfoPage</name>
    <message>
        <source>Associate your MPN ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link your organization&apos;s Microsoft Partner Network ID with the new account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We link your organization&apos;s MPN ID with your new partner account so that you can manage your membership benefits and incentives here. Sign in to the Partner Membership Center, where you manage your Microsoft partner account, to choose the organization profile to link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerIdPage</name>
    <message>
        <source>Partner ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner ID (MPN ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Partner ID links your Microsoft Partner Network membership, benefits and competencies to this account. You can link another active profile of your organization&apos;s Partner Membership Center account located in your country/region; double-click one to choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPN profiles of your Partner Membership Center account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerRules</name>
    <message>
        <source>The MPN profile %1 (%2) is %3. Choose an active organization profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MPN profile %1 is located in %2, but your tenant is in %3. Choose a profile located in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Partner ID %1 is already linked to the partner account of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PermissionMatrix</name>
    <message>
        <source>view account settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit the legal business profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit the support profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the Partner ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find a provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invite resellers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorize an indirect provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end an indirect relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view indirect providers and resellers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invite customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage a customer&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage a customer&apos;s users and licenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submit orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fulfill or decline order requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage the provider listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify the enrollment email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a reseller account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage a customer&apos;s Global administrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>require or reset two-step verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the activity log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PmcPasswordPage</name>
    <message>
        <source>Partner Membership Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password of your Partner Membership Center account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMC user name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PmcUserNamePage</name>
    <message>
        <source>Partner Membership Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name you use to sign in to the Partner Membership Center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMC &amp;user name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresAdapter</name>
    <message>
        <source>The server of the shared workspace %1 does not answer: it may be down, or its address or port may be wrong. Nothing was changed; try again when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection settings of the shared workspace %1 are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared workspace %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server of %1 asks for the password of the database user %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server of %1 refused the database user %2 with this password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no database named %1, or the user %2 may not connect to it. Check the database&apos;s name, or ask the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared workspace %1 was not opened: the server&apos;s TLS certificate could not be verified (mode %2). Nothing was sent to it; ask the server&apos;s administrator for the certificate of its authority, or check the server&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared workspace %1 was not opened: TLS (mode %2) is required, and the server refused it or does not accept this desk. Nothing was sent without TLS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be made private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be made readable by you alone, so nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Organization profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the organization profile whose MPN ID is linked to your incentives, membership benefits and competencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country/region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel and sign in with another account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the MPN ID of an active organization profile located in %1, the country/region of your tenant. If the one you want isn&apos;t listed, sign in with the account that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramAdministratorDialog</name>
    <message>
        <source>prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the program administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program administrator reviews enrollments and keeps the directory of official providers and MPN profiles. PartnerDesk creates a program tenant for this workspace and its first Global administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country/re&amp;gion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderAccountDialog</name>
    <message>
        <source>MPN profile of %1, located in %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPN profile of %1, located in %2 (%3), linked to the partner account of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s tenant will be prefix.onmicrosoft.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To add the provider, complete: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No country/region chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an indirect provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An official indirect provider gets a new tenant with its first user, a partner account linked to its MPN profile, and a listing that resellers find under Find a provider. The account is active at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support p&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support &amp;web site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries/regions &amp;served:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vices offered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Partner ID of an MPN profile in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters and digits, such as contosodistribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 425 555 0100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://www.example.com (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a country/region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a country/region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries/regions served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 425 555 0100 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What resellers should know about the provider (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;upport email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add p&amp;rovider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>You have no active indirect resellers to refer a lead to. Invite a reseller from the Indirect resellers page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the reseller to refer the lead to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a lead from your own marketing or a Microsoft referral. It starts as New; when you invite the customer from the Referrals page, it becomes Accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer a lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer a lead to one of your indirect resellers. The reseller&apos;s primary contact gets a message with these details, and you can follow the lead&apos;s status on your Referrals page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer &amp;lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reseller:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countr&amp;y/region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contoso Ltd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@customer.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 425 555 0100 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they need, how you met, what was agreed (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralService</name>
    <message>
        <source>The company name is too long. Use at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact&apos;s name is too long. Use at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are too long. Use at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an indirect reseller records its own leads. As an indirect provider, refer a lead to one of your resellers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Own marketing or Microsoft referral: leads from an indirect provider arrive when the provider refers them to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an indirect provider refers leads to its resellers. Record your own leads with New referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partner account is %1: you can refer leads once it is Active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of your indirect resellers: you can refer a lead only to a reseller that has an active relationship with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner account of %1 is %2: refer leads to it once it is Active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 referred a lead to you: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello %1,

%2 of %3 referred a lead to %4 on %5:

Company: %6
Contact: %7
Email: %8
Phone: %9
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country/region: %1
Notes: %2

It is on your Referrals page as New. Invite the customer from there to request a reseller relationship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This referral doesn&apos;t exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1, the reseller working on the lead %2, can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral of %1 is %2, so it can&apos;t be marked %3. A new referral is accepted or lost; an accepted one is won or lost.</source>
        <extracomment>%1 is a company, %2 and %3 are referral statuses such as New and Won.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral of %1 is %2: it can no longer become an invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation doesn&apos;t exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an invitation that asks a customer for a reseller relationship can come from a referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation to %1 is %2: send a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead you referred, %1, is now %2</source>
        <extracomment>%1 is the company referred, %2 its new status such as Won.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello %1,

%2 of %3 moved the lead you referred, %4, from %5 to %6 on %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent %2 an invitation to make it its reseller.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your leads, wherever they came from, and the leads you referred to your resellers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leads you referred to your indirect resellers, and how far each got. A reseller marks a lead accepted, won or lost; you get a message each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers come from your own marketing, Microsoft referrals and your indirect providers. Keep track of each lead here, and invite it to request a reseller relationship: it becomes Accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refer a lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email the lead&apos;s contact a request for a reseller relationship; the referral becomes Accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;lost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country/region: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is recorded as a new referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is referred to %2, whose primary contact gets a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the referral of %1 as lost? A lost referral can&apos;t be changed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral of %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation to %1 is recorded as Pending, and the referral of %2 is now Accepted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationshipService</name>
    <message>
        <source>This invitation asks a customer for a reseller relationship: a Global administrator of the customer&apos;s tenant accepts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invites an indirect reseller. Sign in as an Admin agent of your reseller&apos;s partner account to accept; %2 has no partner account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invites an indirect reseller, and %2 is not one. Sign in as an Admin agent of an indirect reseller to accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation comes from your own partner account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 serves resellers in %2, not in %3: a provider can only be authorized by resellers in a country it serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no country yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already your indirect provider (since %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the box to confirm that %1 may submit orders and add subscriptions for your customers and have administrator access to your tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now your indirect provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello %1,

%2 authorized %3 (Partner ID %4) as the indirect provider of %5 on %6.

%3 may now submit orders and add subscriptions on behalf of your customers, and has administrator access to your tenant. An Admin agent can end this relationship on the Indirect providers page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted your invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello %1,

%2 (Partner ID %3) authorized %4 as its indirect provider on %5. It is now on your Indirect resellers page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This relationship doesn&apos;t exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relationship between %1 and %2 already ended on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relationship between %1 and %2 has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relationship with %1 ended on %2: %3 can no longer act for it or its customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reseller has not authorized you as its indirect provider, so you can&apos;t act for it or its customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner account of %1 is %2: nobody can act for it until it is Active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello %1,

%2 of %3 ended the indirect relationship between %4 (provider) and %5 (reseller) on %6.

%4 can no longer submit orders or add subscriptions for the customers of %5, and no longer serves the customers it served only through %5. The relationship stays as history on the Indirect providers and Indirect resellers pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a customer of %2, so the two can&apos;t work together as indirect provider and reseller: %2 would serve as a customer the tenant of its own provider or reseller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indirect relationship between %1 and %2 ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResellerAccountDialog</name>
    <message>
        <source>Create a reseller account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already enrolled in the Cloud Solution Provider program. To resell as an indirect reseller too, give the customer support contact information for your customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support &amp;email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 425 555 0100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support &amp;phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://www.example.com (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support &amp;web site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate reseller account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what you entered. Back changes it; Enroll now creates your partner account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enroll now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tenant %1 (%2), Global administrator %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), signed in as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We&apos;ll email the primary contact a code to verify that this address belongs to your organization.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleWorkspace</name>
    <message>
        <source>The sample names an unknown partner %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample workspace %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PartnerDesk sample workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample can only be loaded into an empty workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample&apos;s partner %1 is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample names an unknown partner or user in an indirect relationship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample names an unknown partner in a subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample names an unknown user %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendmailTransport</name>
    <message>
        <source>%1 is not a program PartnerDesk can run to send email. Give the full path of a sendmail-compatible program, such as /usr/sbin/sendmail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message to %1 could not be sent: %2 did not accept it. Nothing was changed; check the computer&apos;s mail setup, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for it in the inbox of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Only users of a partner account can %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your roles in %1 don&apos;t allow you to %2. Ask an Admin agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partner account is %1: you can %2 once it is Active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a Global administrator of a customer&apos;s tenant can see the partners serving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a program administrator of this workspace can do this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedCustomersDialog</name>
    <message>
        <source>You and %1 share no customer yet. Invite new customers to ask a customer for reseller relationships with both of you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers you and %1 both serve: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers shared with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to PartnerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the user name and password of your organization&apos;s tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone@example.onmicrosoft.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification is on for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter one of your recovery &amp;codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 6-digit &amp;code from your authenticator app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>123456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a code from the &amp;app instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a &amp;recovery code instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organization requires two-step verification: set it up to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in remembered on this computer couldn&apos;t be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You&apos;re signed in, but PartnerDesk couldn&apos;t remember you on this computer: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk couldn&apos;t forget the sign-in it remembered on this computer: %1. Remove the entry of PartnerDesk from the system keychain yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps your user name and password in this computer&apos;s keychain, so that you needn&apos;t type them next time. Clear it when you sign in to forget them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The password remembered on this computer no longer works, so PartnerDesk forgot it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInProgress</name>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlQuery</name>
    <message>
        <source>The record was not found; it may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log can&apos;t be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is busy: another PartnerDesk window is saving to it. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is read-only, so the change could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be read or written: the disk reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the workspace is full, so the change could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is damaged, so the change could not be saved. Close PartnerDesk; opening the workspace again names its newest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed the same records at the same moment, so this change was not saved. Look at what is shown now, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the shared workspace was lost, so nothing of this change was saved. PartnerDesk connects again when the server is back; then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared workspace refused this, so nothing of it was saved: %1. Look at what is shown now; if it still looks right, ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>PartnerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indirect resellers, indirect providers and their customers in the Cloud Solution Provider program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is empty. Open the sample workspace to explore PartnerDesk, or create the program administrator to start your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the sample workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create the program administrator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enroll as an indirect reseller…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept an invitation…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportProfilePage</name>
    <message>
        <source>Support profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer support profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support &amp;email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support &amp;phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support &amp;web site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 425 555 0100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://www.example.com (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyntheticData</name>
    <message>
        <source>dropped %1 indexes and triggers of the bulk tables for the load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuilt the full-text index of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resellers with active indirect relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 customers (%3 customers/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A synthetic workspace needs at least one reseller, and no negative counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthetic data is only written into an empty workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is busy; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analyzed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider %1 (%2), password hashed with Argon2id, %3 pass(es) over %4 KiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenantPage</name>
    <message>
        <source>Your organization&apos;s tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to your organization&apos;s tenant as a Global administrator, or create a new tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create new tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone@example.onmicrosoft.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global administrator&apos;s &amp;user name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country/re&amp;gion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your tenant&apos;s domain will be prefix.onmicrosoft.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ign in to Azure AD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The change could not be saved: no transaction is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved: part of it failed, so none of it was kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TwoStepSetupDialog</name>
    <message>
        <source>Set up two-step verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organization requires two-step verification. Set it up now to finish signing in: from now on you sign in with your password and a code from an authenticator app on your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With two-step verification you sign in with your password and a code from an authenticator app on your phone, so your password alone is no longer enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code for your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan it with your authenticator app, or type the key shown beside it into the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Open an authenticator app on your phone, such as Microsoft Authenticator, Google Authenticator or FreeOTP, and add an account.
2. Scan the QR code. If you can&apos;t scan it, choose to enter a key instead and type this key (time-based):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key for your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app shows the account as %1 (%2).</source>
        <extracomment>%1 is the issuer shown in the app (PartnerDesk), %2 the user name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. &amp;Enter the 6-digit code the app shows for it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>123456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification is on for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these recovery codes somewhere safe, away from your phone: print them or keep them in a password manager. If you lose your phone, each code signs you in once instead of a code from the app. They are shown only now; setting up two-step verification again replaces them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;saved these codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery codes and check “I have saved these codes” first: they are not shown again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Manages the partner account: adds users, changes roles, edits the company&apos;s profiles and authorizes providers, and does everything a Sales agent and a Helpdesk agent do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invites customers, manages their accounts and subscriptions, and requests or submits orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manages customers&apos; users and licenses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sees the account, its customers and its indirect partners, and changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new user is created in %1&apos;s tenant and signs in to PartnerDesk with the password you set here. Their roles decide what they may do for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the roles of %1 (%2) in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user was removed: giving them roles lets them sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserManagementPage</name>
    <message>
        <source>User management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the people of your organization who work in PartnerDesk and choose their roles. Hover over a role in the dialog to see what it may do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A user in a list: their name, then their user name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an Admin agent can add users, change roles or remove users, and %1 has no Admin agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an Admin agent can add users, change roles or remove users. Ask an Admin agent of %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added. They sign in as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roles of %1 were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 (%2)? They lose their roles and can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;two-step verification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quire two-step verification for every user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users who have not set it up do so the next time they sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: set up at next sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification is on for you since %1: you sign in with your password and a code from your authenticator app. Recovery codes left: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up &amp;again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use another phone or app, or get new recovery codes. The old app and codes stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organization requires two-step verification, and you have not set it up yet. Set it up now, or PartnerDesk asks you to the next time you sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification is off for you. Set it up so that your password alone can&apos;t sign you in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;up two-step verification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification is on. When you sign in, PartnerDesk asks for a code from your authenticator app after your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every user of %1 now needs two-step verification to sign in. Those who have not set it up do so the next time they sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification is no longer required. Users who have set it up keep using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset two-step verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset two-step verification for %1 (%2)? Their authenticator app and recovery codes stop working for PartnerDesk. They can set it up again, and must at their next sign-in if your organization requires it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification of %1 was reset.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>the user&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user was not found in %1; they may have been removed. Reload the list and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last Admin agent of %2. The last Admin agent can&apos;t be removed or demoted: make another user an Admin agent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already taken. Choose another user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last Global administrator of %2 and can&apos;t be removed: nobody could administer the organization&apos;s tenant any more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <source>Enter a domain prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain prefix can&apos;t contain spaces. Use only the letters a to z and the digits 0 to 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain prefix can&apos;t contain &quot;%1&quot;. Use only the letters a to z and the digits 0 to 9.</source>
        <extracomment>%1 is the first character that is not allowed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain prefix is too long. Use at most %1 letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email address can&apos;t contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address is too long. Use at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an email address with one @, such as name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the part of the email address before the @, such as name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part of the email address before the @ is too long. Use at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address can&apos;t contain &quot;%1&quot; before the @.</source>
        <extracomment>%1 is the first character that is not allowed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part of the email address before the @ can&apos;t start or end with a dot or have two dots in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the domain after the @, such as example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address can&apos;t contain &quot;%1&quot; after the @.</source>
        <extracomment>%1 is the first character that is not allowed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain of the email address can&apos;t start or end with a dot or have two dots in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the full domain after the @, such as example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the email domain can&apos;t start or end with a hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each part of the email domain between dots can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email domain must end with two or more letters, such as .com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the phone number in international format, starting with + and the country code, such as +1 425 555 0100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number can&apos;t contain &quot;%1&quot;. Use only digits, spaces, dashes, dots and parentheses after the +.</source>
        <extracomment>%1 is the first character that is not allowed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country code after the + can&apos;t start with 0. Enter the number in international format, such as +1 425 555 0100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is too short. Enter %1 to %2 digits, including the country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is too long. Enter %1 to %2 digits, including the country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a country or region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a two-letter country or region code, such as US.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the country or region code in capital letters, such as US.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country or region code. Enter a two-letter ISO 3166 code, such as US.</source>
        <extracomment>%1 is the two-letter code the person entered.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a Partner ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Partner ID can&apos;t contain spaces. Enter its 6 or 7 digits, such as 1234567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Partner ID can&apos;t contain &quot;%1&quot;. Enter its 6 or 7 digits, such as 1234567.</source>
        <extracomment>%1 is the first character that is not allowed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Partner ID has 6 or 7 digits. Enter a number such as 1234567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a website address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A website address can&apos;t contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The website address is too long. Use at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a website address that starts with http:// or https://, such as https://www.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid website address, such as https://www.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A website address can&apos;t contain a user name or password. Enter an address such as https://www.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the website&apos;s host name, such as https://www.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The website&apos;s host name can&apos;t contain &quot;%1&quot;.</source>
        <extracomment>%1 is the first character that is not allowed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a full website address, such as https://www.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the website&apos;s host name can&apos;t start or end with a hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each part of the website&apos;s host name between dots can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too short. Use %1 to %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too long. Use %1 to %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too simple. Use at least three of these: lower-case letters, upper-case letters, digits and symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1 to %2 characters, with at least three of these: lower-case letters, upper-case letters, digits and symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter %1.</source>
        <extracomment>%1 is a noun phrase given by the caller, such as &quot;the legal business name&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name can&apos;t contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name can&apos;t contain &quot;%1&quot;. Use only the letters a to z, digits, dots, hyphens and underscores.</source>
        <extracomment>%1 is the first character that is not allowed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name is too long. Use at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name can&apos;t start or end with a dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name can&apos;t have two dots in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords don&apos;t match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain after the @ isn&apos;t a valid internationalized domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No country uses the calling code at the start of this number. Enter the number in international format, such as +1 425 555 0100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a phone number that exists. Check its digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a phone number that exists in %1. Check the digits after the country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a phone number that exists in %1. Check its digits.</source>
        <extracomment>%1 is a country name, such as United States.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll in the Cloud Solution Provider program as an indirect reseller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;As an indirect reseller you work with indirect providers (distributors), who provide customer support and billing. Before you begin, gather:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Global administrator credentials&lt;/b&gt; for your organization&apos;s tenant. If your organization has no tenant, you can create one now.&lt;/li&gt;&lt;li&gt;&lt;b&gt;The user name and password you use to sign in to the Partner Membership Center&lt;/b&gt;, to link your organization&apos;s MPN ID with the new account.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Your organization&apos;s legal business name, address, primary contact and support details.&lt;/b&gt;&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;It can take several days to review and verify what you provide. We&apos;ll email your primary contact when the review is complete.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The workspace is busy or unavailable; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk tried to act for %1 without their own database login, so nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared workspace %1 was brought up to date by another version of PartnerDesk: its offer catalog or its permissions differ from this version&apos;s, and only its owner may change them. Ask the server&apos;s administrator to open it once with this PartnerDesk and the owner&apos;s address. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database login %1 belongs to no enabled user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceCopy</name>
    <message>
        <source>The workspace&apos;s tables refer to each other in a circle, so they can&apos;t be copied one after another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are of different versions of PartnerDesk; open both with this version first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a workspace; nothing was copied. Copy into a new file, or into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is busy or unavailable; nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of %1 holds %2 rows where the workspace has %3; nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceErrorDialog</name>
    <message>
        <source>PartnerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk could not open the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest &amp;backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceLocation</name>
    <message>
        <source>Name the workspace file or the shared workspace to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a shared workspace address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the password out of the shared workspace address: PartnerDesk asks for it when it opens the workspace, and never writes it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS mode &quot;%1&quot; is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared workspace address has an option PartnerDesk doesn&apos;t know: %1. It knows sslmode, host, port, user and dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the workspace file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the database of the shared workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the database user to connect as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceLocationDialog</name>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace file on this computer, or a shared workspace on a PostgreSQL server. The server asks for the database password when it needs it; PartnerDesk never writes it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every record of this workspace into a new file (a copy you can open offline), or into an empty database of a PostgreSQL server (to start sharing it). The copy is checked row by row; the workspace itself is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new &amp;file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;shared workspace on a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.example.com, or empty for this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, with the server&apos;s certificate and name checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, with the server&apos;s certificate checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, without checking the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off (only on a network you trust)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent workspaces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk workspaces (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already: a copy goes into a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the sample workspace into the database if it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk: indirect resellers, indirect providers and their customers in the Cloud Solution Provider program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartnerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en or es.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the interface in &lt;language&gt; (en or es) for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 is not empty, so the sample workspace was not loaded into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invitation link (partnerdesk://invitation/…) to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send messages that carry a secret, such as verification codes, by email with &lt;program&gt; (a sendmail-compatible program, e.g. /usr/sbin/sendmail) instead of putting them in the mail drop folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workspace at &lt;workspace&gt;: a file, or a shared workspace&apos;s postgresql:// address (the password is asked for).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the workspace&apos;s audit log (its hash chain), say what was found and exit: 0 intact, 3 tampered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --verify-audit: check that the event &lt;anchor&gt; printed by an earlier check is still there, unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workspace at %1, so there is no audit log to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[link]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
