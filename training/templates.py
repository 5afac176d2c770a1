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
    "company": "ORG", "nat": "NORP", "sw": NEG, "sw2": NEG, "fig": NEG, "book": NEG,
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
}

# Templates used only for the held-out split: one or two per family, never seen in training.
HELD_OUT = {
    "ticket": [7, 5], "crm": [5], "log": [6], "trace": [2], "code": [5], "sql": [3], "json": [4], "yaml": [2],
    "csv": [2], "gitlog": [3], "email": [4], "chat": [4], "address": [6, 7], "prompt": [6, 7], "clean": [6, 7],
    "prose": [6, 7], "general": [6, 7],
}


def split(held_out: bool) -> list[tuple[str, str]]:
    """(template id, template) pairs of the training (`held_out=False`) or held-out split."""
    pairs = []
    for family, templates in TEMPLATES.items():
        reserved = set(HELD_OUT.get(family, ()))
        for i, template in enumerate(templates):
            if (i in reserved) == held_out:
                pairs.append((f"{family}-{i}", template))
    return pairs
