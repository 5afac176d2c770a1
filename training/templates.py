"""Templates of what internal tools send a model, with slots the generator fills and labels.

A slot is `{name}` (lower case, dots allowed); anything else in braces is literal text, so JSON
and code read as they are. What each slot becomes and its NER label is in `SLOTS`; `NEG` marks
values that look like names but are not anyone's (software, public figures, book titles): the
model is taught to leave them unlabelled.

Templates are grouped by family. `HELD_OUT` names templates used only for the held-out
evaluation split, so its figures say how the model does on structures it never saw.
"""

from __future__ import annotations

# slot -> NER label (None: plain text, no entity; NEG: must stay unlabelled)
NEG = "NEG"
SLOTS: dict[str, str | None] = {
    "p": "PERSON", "p.first": "PERSON", "p.last": "PERSON", "p.any": "PERSON", "p.user": "PERSON",
    "q": "PERSON", "q.first": "PERSON", "q.last": "PERSON", "q.any": "PERSON", "q.user": "PERSON",
    "r": "PERSON", "r.first": "PERSON", "r.any": "PERSON",
    "nat2": "NORP", "p.email": None, "q.email": None, "phone": None, "date": None, "n": None, "id": None, "ip": None, "sha": None,
    "street": "FAC", "unit": "FAC", "city": "GPE", "region": "GPE", "country": "GPE", "postcode": "LOC",
    "company": "ORG", "nat": "NORP", "sw": NEG, "sw2": NEG, "fig": NEG, "fig2": NEG, "book": NEG,
    # multi-part slots, expanded by the generator
    "addr": "BLOCK", "addr.q": "BLOCK", "addr.b": "BLOCK", "addr1": "BLOCK",
}

TEMPLATES: dict[str, list[str]] = {
    "ticket": [
        "[{id}] Login fails for customer {p} ({p.email}) since the last update. Reported by {q.any}.",
        "Ticket #{n}\nRequester: {p}\nPhone: {phone}\nSubject: refund not received\n\nHi, I ordered on {date} and still nothing. Thanks, {p.first}",
        "Issue {id}: {p.any} cannot reset password. Assigned to {q.user}. Priority: high",
        "Escalated by {q} on {date}: customer {p} in {city} says the parcel went to {street} instead of their home.",
        "priority=P2 reporter={p.user} assignee={q.user} summary=\"VPN drops every hour for {p}\"",
        "Customer {p} called again about invoice {n}. Promised a callback from {q.first} tomorrow.",
        "NEW TICKET - {p} - account locked after 3 attempts - contact {phone}",
        "Can you look at {id}? {p.first} from {company} says the export to {sw} is broken again.",
    ],
    "crm": [
        "Met {p} ({company}) in {city} on {date}. Interested in the enterprise plan; follow up with {q.any} next week.",
        "Note: {p.any} prefers email ({p.email}). Lives in {city}, {country}. Spouse: {r}.",
        "Lead: {p}\nCompany: {company}\nLocation: {city}, {region}\nOwner: {q.user}\nStatus: qualified",
        "Account owner {q} handed {company} over to {r.any}. Main contact is still {p}.",
        "call w/ {p} re renewal. she moved to {city}. new address {addr1}",
        "{p} (decision maker) and {q} (IT) joined the demo. {p.first} asked about {sw} integration.",
    ],
    "log": [
        "{date} INFO auth: user={p.user} ip={ip} login ok",
        "2024-05-0{n} 12:0{n}:33,118 WARN [billing] payment declined for customer=\"{p}\" city={city}",
        "ERROR api.users - failed to update profile of {p} (id={id}): address {street} not valid",
        "level=info msg=\"password reset requested\" user={p.user} name=\"{p}\" country={country}",
        "[{date}] {sw} job #{n} triggered by {q.user}",
        "audit: {q.user} exported contacts of {p} and {r} to csv",
        "{ip} - {p.user} [{date}] \"GET /api/v1/orders HTTP/1.1\" 200 512",
        "sshd[{n}{n}]: Accepted publickey for {p.user} from {ip} port 22",
        "{date} DEBUG crm.sync contact_name={p} owner={q.user} region={region}",
    ],
    "trace": [
        "Traceback (most recent call last):\n  File \"/home/{p.user}/app/billing.py\", line {n}, in charge\n    raise ValueError(\"card declined for {p}\")\nValueError: card declined for {p}",
        "Exception in thread \"main\" java.lang.IllegalStateException: no shipping address for {p} ({city})\n\tat com.shop.Orders.ship(Orders.java:{n})",
        "TypeError: Cannot read properties of undefined (reading 'street')\n    at formatAddress (/Users/{q.user}/src/addr.js:{n}:7)\n    customer: {p}",
    ],
    "code": [
        "def test_invoice():\n    customer = Customer(name=\"{p}\", city=\"{city}\")\n    assert customer.greeting() == \"Dear {p.first}\"",
        "const user = { name: '{p}', email: '{p.email}', city: '{city}' };\nsendWelcome(user);",
        "users = [\n    {\"first\": \"{p.first}\", \"last\": \"{p.last}\"},\n    {\"first\": \"{q.first}\", \"last\": \"{q.last}\"},\n]",
        "# TODO({q.user}): ask {p.any} why this breaks with {sw}\nfor row in rows:\n    process(row)",
        "Why does this fail?\n\nprofile = {\"owner\": \"{p}\", \"address\": \"{addr1}\"}\nprint(profile[\"owner\"].split())",
        "fixture = Person(first_name='{p.first}', last_name='{p.last}', town='{city}', postcode='{postcode}')",
        "curl -X POST https://api.example.com/users -d '{\"username\": \"{p.user}\", \"display_name\": \"{p}\"}'",
        "mock_user = {\n  id: {n},\n  fullName: \"{p}\",\n  city: \"{city}\",\n};",
    ],
    "sql": [
        "INSERT INTO customers (name, city, country) VALUES ('{p}', '{city}', '{country}');",
        "SELECT * FROM orders WHERE customer_name = '{p}' AND ship_city = '{city}';",
        "UPDATE users SET last_name = '{p.last}', street = '{street}' WHERE username = '{p.user}';",
        "-- added by {q.user}\nDELETE FROM contacts WHERE full_name IN ('{p}', '{r}');",
    ],
    "json": [
        "{\"customer\": {\"name\": \"{p}\", \"email\": \"{p.email}\", \"address\": {\"street\": \"{street}\", \"city\": \"{city}\", \"zip\": \"{postcode}\"}}}",
        "{\"author\": \"{p}\", \"reviewer\": \"{q}\", \"title\": \"Fix {sw} timeout\"}",
        "[{\"id\": {n}, \"assignee\": \"{q.user}\", \"reporter\": \"{p}\"}, {\"id\": {n}, \"assignee\": \"{r.first}\"}]",
        "{\"tool\": \"send_email\", \"arguments\": {\"to\": \"{p.email}\", \"recipient_name\": \"{p}\", \"body\": \"Hi {p.first}, your order shipped.\"}}",
        "{\"function\": \"create_contact\", \"args\": {\"first_name\": \"{p.first}\", \"last_name\": \"{p.last}\", \"city\": \"{city}\", \"country\": \"{country}\"}}",
    ],
    "yaml": [
        "owner: {p}\nteam: payments\noncall:\n  - {q.user}\n  - {r.any}\nlocation: {city}",
        "contact:\n  name: {p}\n  phone: \"{phone}\"\n  address: {street}, {city}",
        "maintainers:\n  - name: {p}\n    email: {p.email}\n  - name: {q}\n    email: {q.email}",
    ],
    "csv": [
        "order_id,customer,street,city,zip\n{n}{n}{n},{p},{street},{city},{postcode}",
        "name,email,city,country\n{p},{p.email},{city},{country}\n{q},{q.email},{city},{country}",
        "id;first_name;last_name;town;postcode\n{n};{p.first};{p.last};{city};{postcode}",
        "employee\tmanager\toffice\n{p}\t{q}\t{city}",
    ],
    "gitlog": [
        "commit {sha}\nAuthor: {p} <{p.email}>\nDate:   {date}\n\n    Fix {sw} retry loop",
        "{sha} {p}: bump {sw} to latest",
        "* {sha} (HEAD -> main) Merge pull request #{n} from {p.user}/fix-login\n* {sha} Co-authored-by: {q} <{q.email}>",
        "Signed-off-by: {p} <{p.email}>\nReviewed-by: {q}",
    ],
    "email": [
        "Hi {p.first},\n\nThanks for the quick reply. I'll send the contract to {q} today.\n\nBest regards,\n{r}\n{company}\n{phone}",
        "On {date}, {p} <{p.email}> wrote:\n> Could you ship it to my new address?\n> {street}\n> {city} {postcode}\n\nSure {p.first}, done.",
        "From: {p} <{p.email}>\nTo: {q.email}\nSubject: Re: meeting in {city}\n\nDear {q.any},\nsee you Tuesday.\n{p.first}",
        "Dear Mr. {p.last},\n\nplease find attached the offer. Regards\n\n--\n{q}\nSales, {company}\n{addr}",
        "Forwarding this from {p.any}:\n\n> Hi team, {q} will cover for me while I'm in {country}.\n> Cheers, {p.first}",
    ],
    "chat": [
        "{p.first}: hey, did you get the file?\n{q.first}: yes, will review tonight\n{p.first}: thanks!",
        "[10:0{n}] {p.user}: deploy is stuck\n[10:0{n}] {q.user}: looking",
        "Transcript\n{p}: I'd like to change my delivery address.\nAgent: Sure, what's the new one?\n{p}: {addr1}",
        "Agent ({q.first}): Thank you for calling, who am I speaking with?\nCaller: This is {p}, calling from {city}.",
        "{p}: Can we move the call?\n{q}: Sure, 3pm works.",
        "@{q.user} can you take this one? {p.first} is out until Monday",
        "Meeting notes ({date})\nAttendees: {p}, {q}, {r}\n{q.first}: budget approved\n{r.first}: will draft the plan",
    ],
    "address": [
        "Please update the shipping address:\n{addr}",
        "Ship to:\n{p}\n{addr}",
        "My address changed, it is now:\n{addr.q}",
        "New billing details\n{addr.b}",
        "Return label for {p}, {addr1}.",
        "I live at {street}, {unit}, {city}. My zip code is {postcode}.",
        "Deliver to {p} at {addr1} before Friday.",
        "Mailing address:\n{p}\n{street}\n{unit}\n{city}, {region} {postcode}\n{country}",
    ],
    "prompt": [
        "Write a short thank-you note to {p} for helping me move to {city}.",
        "my name is {p} and i need a cover letter for a job at {company}",
        "Summarise the complaint from {p} about the delivery to {street}.",
        "Draft a reply to {p.first}: we can't refund the order, but {q.first} can offer a voucher.",
        "Translate to French: '{p} will arrive in {city} on {date}.'",
        "Help me write a reference letter for {p}, who worked for me at {company} for three years.",
        "Can you make this sound more polite? \"{p.first}, you missed the deadline again.\"",
        "Remind {p.any} and {q.any} about the offsite in {city}, {country}.",
        "{p} asked me to move the review to Thursday; write a polite reply.",
        "{p}'s laptop was stolen from the car. Draft the incident report for IT.",
        "{p.any} starts on Monday as our new designer. Write a short welcome message.",
        "{p} from {company} wants a discount on the renewal; how should I answer?",
        "{p} ({city}) still hasn't paid invoice {n}. Draft a firm but friendly reminder.",
        "Move {p}'s appointment to next week and let {q.first} know.",
        "{p.first} and {q.first} are arguing about the budget again. How do I mediate?",
        "{p} of {company} called about the outage; summarise what we told them.",
        "{country} was the best trip we had in years; help me write a thank-you note to our host {p.first}.",
        "{city} is where {p.first} grew up, so add a line about it to the wedding toast.",
        "We loved {city}. Suggest a gift to send {p} for showing us around.",
    ],
    "clean": [
        "How do I configure {sw} to retry failed jobs?",
        "What's the difference between {sw} and {sw2} for a small team?",
        "Write a {sw} pipeline that builds a Docker image and pushes it to the registry.",
        "Why does {sw} use so much memory when the queue grows?",
        "Explain how {sw} handles backpressure, with an example.",
        "Migrate our config from {sw} to {sw2}; what breaks?",
        "Is {sw} still maintained? We're choosing between it and {sw2}.",
        "{sw} keeps restarting after the upgrade. Logs say connection refused on port 9092.",
        "Deploy the {sw} app with mix release and run migrations on start.",
        "write a bash script that rotates logs and keeps the last seven days",
        "how do i run database migrations before the web server starts in docker compose?",
        "Set up a cron job that backs up the database every night and sends a summary.",
        "Our {sw} cluster runs out of disk; how do we clean up old snapshots safely?",
        "refactor this function to use early returns and add type hints",
        "Why is my unit test flaky when it runs in parallel with the integration suite?",
        "Add retry with exponential backoff to the upload client, max five attempts.",
    ],
    "prose": [
        "Hi team, the release is moving to Thursday. Cheers!",
        "Thanks all, great work on the migration. Let's sync on Monday.",
        "Please send me the quarterly report by Friday, and include the figures for March.",
        "Can you rewrite this paragraph so it sounds more formal? We missed the deadline because the vendor was late.",
        "Draft a polite reminder that the invoice is overdue by 30 days.",
        "Summarise the meeting: we agreed to cut the budget by 10% and hire two engineers in Q3.",
        "What's a good way to structure a weekly status update for my manager?",
        "Write a short product description for a waterproof hiking backpack.",
        "Best regards,\nThe Support Team",
        "Give me five ideas for a team-building event that works remotely.",
        "Our North America sales grew 12% while Europe stayed flat; explain possible reasons.",
        "Please review the attached draft and let me know by end of day. Thanks!",
        "Explain how the {nat} government funds public healthcare, in plain words.",
        "Suggest a {nat} recipe I can cook in 30 minutes with rice and beans.",
        "We're hiring a {nat}-speaking support agent; write the job ad.",
        "Translate this menu into {nat} and keep the prices as they are.",
        "Compare {nat} and {nat2} labour law on notice periods, briefly.",
        "sure, 3pm works for me. can we keep it short?",
        "ok thanks, will check tomorrow and get back to you",
        "can someone approve the pr? it only touches the readme",
    ],
    "general": [
        "What did {fig} contribute to science?",
        "Give me three facts about {fig} for a school quiz.",
        "Summarise {book} in five sentences.",
        "Who wrote {book}, and when was it published?",
        "Compare the leadership style of {fig} with that of a modern CEO.",
        "Recommend books similar to {book}.",
        "Write a haiku about {fig}.",
        "What is the capital of {country}?",
        "Why did the {nat} empire decline, according to most historians?",
        "How did {fig} influence {nat} politics?",
    ],
    # --- issue 18, second run: shapes the red-team traffic showed the first run never saw ---
    "json_nested": [
        "{\"data\": {\"users\": [{\"firstName\": \"{p.first}\", \"lastName\": \"{p.last}\"}, {\"firstName\": \"{q.first}\", \"lastName\": \"{q.last}\"}]}, \"total\": 2}",
        "{\"order\": {\"id\": \"{id}\", \"shipTo\": {\"fullName\": \"{p}\", \"line1\": \"{street}\", \"town\": \"{city}\", \"postalCode\": \"{postcode}\", \"countryName\": \"{country}\"}}}",
        "{\"kunde\": {\"vorname\": \"{p.first}\", \"nachname\": \"{p.last}\", \"ort\": \"{city}\", \"plz\": \"{postcode}\"}, \"betreuer\": \"{q.any}\"}",
        "{\"cliente\": {\"nombre\": \"{p}\", \"ciudad\": \"{city}\", \"telefono\": \"{phone}\"}, \"vendedor\": \"{q.any}\"}",
        "{\n  \"contact_person\": {\n    \"given_name\": \"{p.first}\",\n    \"family_name\": \"{p.last}\",\n    \"mobile\": \"{phone}\"\n  },\n  \"created_by\": \"{q.user}\"\n}",
        "{\"nom\": \"{p.last}\", \"prénom\": \"{p.first}\", \"adresse\": \"{addr1}\", \"pays\": \"{country}\"}",
        "{\"event\":\"comment.created\",\"actor\":{\"login\":\"{p.user}\",\"name\":\"{p}\"},\"mentions\":[\"{q.user}\",\"{r.first}\"]}",
        "[{\"speaker\": \"{p}\", \"text\": \"can you hear me?\"}, {\"speaker\": \"{q}\", \"text\": \"yes, go ahead\"}]",
        "{\"results\":[{\"name\":{\"first\":\"{p.first}\",\"last\":\"{p.last}\"},\"location\":{\"city\":\"{city}\",\"state\":\"{region}\",\"postcode\":\"{postcode}\"}}]}",
        "{\"nome\": \"{p.first}\", \"cognome\": \"{p.last}\", \"indirizzo\": \"{street}\", \"città\": \"{city}\", \"cap\": \"{postcode}\"}",
        "payload = {'owner': {'display_name': '{p}', 'team_lead': '{q}'}, 'watchers': ['{r.any}', '{q.user}']}",
    ],
    "lowchat": [
        "hey can you ask {p.first} if the build is green? {q.first} said it was broken this morning",
        "talked to {p} yesterday, she said the invoice went to the old address",
        "just got off the phone with {p}. he wants a callback from {q.any} before friday",
        "ok so {p.first} and {q.first} both want the friday slot, what do i tell them",
        "PLEASE CALL {p} BACK ASAP, SHE HAS BEEN WAITING SINCE MONDAY",
        "fyi {p.any} is out sick today, {q.any} is covering the queue",
        "does anyone know if {p.last} still works in the {city} office",
        "can u send the slides to {p.first} {p.last}? thx",
        "URGENT: {p} FROM {company} CANNOT LOG IN, ESCALATE TO {q.first}",
        "lol {p.first} just replied all to the whole company again",
        "notes from sync w/ {p} and {q}: {q.first} takes the action items, {p.first} reviews",
        "{city} was great, we stayed a week near the old town before flying to {country}",
        "moving back to {country} next month, {p.first} will take over my accounts",
        "{p.user} deleted the staging db last night?? can someone write the postmortem",
        "LOOKS LIKE {p.user} FORCE-PUSHED TO MAIN AGAIN, ASK {q.first} TO REVERT",
    ],
    "capsrec": [
        "CUST {p.last}, {p.first}  ACCT {n}{n}{n}{n}  BAL 0.00  BRANCH {city}",
        "{id}  {p.last} {p.first}  {street}  {city} {postcode}  OPEN",
        "EMPLOYEE NAME       DEPT   LOCATION\n{p}      SALES  {city}\n{q}      OPS    {city}",
        "REF {id} - HOLDER {p} - ISSUED AT {city} - CONTACT {phone}",
        "TO: {p}\nFROM: {q}\nRE: YOUR CLAIM {id}\n\nDEAR {p.first}, WE HAVE RECEIVED YOUR DOCUMENTS.",
        "{p.first}: PRINTER ON FLOOR 2 IS JAMMED\n{q.first}: I'LL CALL FACILITIES\n{r.first}: THANKS {q.first}",
        "DRIVER {p.last} {p.first} REPORTED A DELAY NEAR {city}, DISPATCH INFORMED {q.any}",
        "MEMBER: {p.last}, {p.first} {n}  SINCE 20{n}{n}  HOME CLUB {city}",
    ],
    "handle": [
        "thanks @{p.user} for the fix, cc @{q.user}",
        "<@{p.user}> your deploy to prod failed, see the logs",
        "ping @{p.user} - can you review #{n}{n}{n}?",
        "{p.user} joined the channel\n{q.user}: welcome!\n{p.user}: thx",
        "@{p.user} @{q.user} standup moved to 10:30",
        "/assign @{p.user}\n/cc @{q.user}",
        "reviewers: @{q.user}, @{r.first}\nassignee: @{p.user}",
        "DM from {p.user}: is the vpn down for everyone?",
    ],
    "path": [
        "cp /home/{p.user}/reports/q3.xlsx /srv/share/",
        "FileNotFoundError: [Errno 2] No such file or directory: '/home/{p.user}/.config/app/settings.toml'",
        "C:\\Users\\{p.user}\\AppData\\Local\\Temp\\setup.log is 2 GB, can I delete it?",
        "ls -la /Users/{p.user}/Downloads\ntotal 48\n-rw-r--r--  1 {p.user}  staff  1024 invoice.pdf",
        "/var/mail/{p.user} is full and {p.first} gets bounces",
        "export PATH=/home/{p.user}/.local/bin:$PATH does not stick after reboot",
        "\\\\fileserver\\home$\\{p.user}\\Documents\\contract.docx won't open",
    ],
    "vcs": [
        "$ git log --format='%h %an %s'\n{sha} {p} fix null check\n{sha} {q} add retry\n{sha} {p} bump version",
        "{sha} ({p} {date} 14:02:11 +0200 {n}{n}) return total * rate",
        "    Co-authored-by: {p} <{p.email}>\n    Co-authored-by: {q} <{q.email}>",
        "Merge: {sha} {sha}\nAuthor: {p.user} <{p.email}>\nDate: {date}\n\n    Merge branch 'feature/{p.user}-search'",
        "git commit --author=\"{p} <{p.email}>\" -m 'hotfix'",
        "{p.user} committed {sha} 3 hours ago: update {sw} config",
        "$ git shortlog -sn\n   {n}{n}  {p}\n   {n}  {q}\n    {n}  {r}",
        "Reported-by: {q} <{q.email}>\nTested-by: {r}\nAcked-by: {p}",
    ],
    "postal": [
        "Shipping address\n{addr}",
        "{p}\n{addr}\n\nTel: {phone}",
        "Address on file:\n  {addr}",
        "My postcode is {postcode}, is same-day delivery available?",
        "zip: {postcode}",
        "postal code for the invoice: {postcode}. city is {city}",
        "Our office moved. New address:\n\n{p}\n{company}\n{addr}",
        "PLZ {postcode}, Ort {city}",
        "ZIP code {postcode} isn't accepted by the checkout form",
        "they live near {city}, postcode {postcode}",
    ],
    "transcript": [
        "[00:0{n}:1{n}] {p}: thanks for joining\n[00:0{n}:2{n}] {q}: happy to be here",
        "INTERVIEWER: Could you state your name?\nRESPONDENT: {p}, I work in {city}.\nINTERVIEWER: Thanks.",
        "{p.first} ({company}): we need the numbers by friday\n{q.first}: ok\n{p.first}: thanks",
        "Call recording {id}\nAgent {q.first}: how can I help?\nCustomer: hi, it's {p}, my card was charged twice\nAgent {q.first}: sorry about that, {p.first}",
        "> {p.first}: can you share your screen?\n> {q.first}: one sec",
        "Speaker 1 ({p}): the budget is approved\nSpeaker 2 ({q}): great, I'll tell {r.first}",
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v {p}>Good morning everyone.\n\n00:00:04.500 --> 00:00:07.000\n<v {q}>Morning, {p.first}.",
        "{p} 10:42 AM\nis anyone else seeing the 502s?\n{q} 10:43 AM\nyes, since the deploy",
    ],
    "figures": [
        "Why is {fig} still remembered today?",
        "What was {fig}'s biggest mistake?",
        "Explain the main argument of {book} to a teenager.",
        "Is {book} worth reading in translation?",
        "Which of {fig}'s ideas still matter to engineers?",
        "Write a short essay comparing {fig} and {fig2}.",
        "What's the historical context of {book}?",
        "How did {fig} and {fig2} disagree, in two paragraphs?",
        "did {fig} ever meet {fig2}?",
        "List three quotes attributed to {fig}.",
    ],
    "tools": [
        "{sw} says the build failed but {sw2} shows green, which one do I trust?",
        "def get_full_name(self):\n    return f\"{self.first_name} {self.last_name}\"",
        "GET /api/users/me HTTP/1.1\nHost: api.internal\nAuthorization: Bearer <token>\nUser-Agent: {sw}/2.3\nX-Request-Id: {id}",
        "spring.datasource.username=${DB_USER}\nspring.datasource.password=${DB_PASSWORD}\nlogging.level.root=INFO",
        "class CustomerNameFormatter:\n    def format(self, given_name: str, family_name: str) -> str: ...",
        "Why does {sw} ignore the X-Forwarded-For header behind {sw2}?",
        "[database]\nhost = localhost\nuser = app\nmax_connections = 50\n\n[{sw}]\nenabled = true",
        "const firstName = user?.profile?.firstName ?? 'Anonymous';\nconst lastName = user?.profile?.lastName ?? '';",
        "HTTP/1.1 302 Found\nLocation: https://login.example.com/oauth/authorize\nSet-Cookie: session=abc; HttpOnly\nServer: {sw}",
        "env:\n  - name: OWNER_NAME\n    valueFrom:\n      secretKeyRef: {name: app-secrets, key: owner}",
        "Our {sw} pod keeps getting OOMKilled; the {sw2} sidecar uses 300Mi.",
        "ALTER TABLE contacts ADD COLUMN middle_name VARCHAR(64);",
    ],
}

# Templates used only for the held-out split: one or two per family, never seen in training.
HELD_OUT = {
    "ticket": [7, 5], "crm": [5], "log": [6], "trace": [2], "code": [5], "sql": [3], "json": [4], "yaml": [2],
    "csv": [2], "gitlog": [3], "email": [4], "chat": [4], "address": [6, 7], "prompt": [6, 7], "clean": [6, 7],
    "prose": [6, 7], "general": [6, 7],
    "json_nested": [7, 9], "lowchat": [8, 9], "handle": [6, 7], "path": [5, 6], "vcs": [6, 7], "postal": [8, 9],
    "transcript": [6, 7], "figures": [8, 9], "tools": [10, 11],
    "capsrec": [6, 7],
}

# Families written in one case, as chat is typed and legacy systems print: family -> share of
# samples in capitals (the rest all lower case).
ONE_CASE = {"lowchat": 0.4, "capsrec": 0.8}


def split(held_out: bool) -> list[tuple[str, str]]:
    """(template id, template) pairs of the training (`held_out=False`) or held-out split."""
    pairs = []
    for family, templates in TEMPLATES.items():
        reserved = set(HELD_OUT.get(family, ()))
        for i, template in enumerate(templates):
            if (i in reserved) == held_out:
                pairs.append((f"{family}-{i}", template))
    return pairs
