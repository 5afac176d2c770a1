"""Usernames and handles with no name nearby: masked by position and make; tools and accounts stay."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from privacy_gateway.detection.engine import analysis_text
from privacy_gateway.detection.handles import SERVICE_ACCOUNTS, initial_login, name_made, paired_name, plausible
from tests.detection.helpers import Find


def people(found: list[tuple[str, str]]) -> list[str]:
    return [v for t, v in found if t == "PERSON"]


@pytest.mark.parametrize(
    "text, handle",
    [
        pytest.param("@jsmith42 can you take the on-call swap tonight?", "jsmith42", id="mention"),
        pytest.param("level=warn msg=\"login failed\" user=mgarcia attempts=5", "mgarcia", id="key-value"),
        pytest.param('{"username": "t.okafor", "plan": "pro"}', "t.okafor", id="json-username"),
        pytest.param("Traceback:\n  File \"/home/kwong/src/app/main.py\", line 4", "kwong", id="home-folder"),
        pytest.param(r"C:\Users\pdelgado\AppData\Local\Temp", "pdelgado", id="windows-profile"),
        pytest.param("ssh -i key.pem dlee@bastion-2 'uptime'", "dlee", id="ssh-login"),
        pytest.param("why does permission denied for user hcooper show up on every push?", "hcooper", id="for-user"),
        pytest.param("DM from agatha_alves: 'can you reset my mfa'. draft a reply", "agatha_alves", id="dm-from"),
        pytest.param("commit 3f2a1b9\nAuthor: dlevy <dlevy@corp.example>\n\n    fix retries", "dlevy", id="author-line"),
        pytest.param("the fix was written by pnair last sprint, can you review it?", "pnair", id="by-name-made"),
        pytest.param("Rewrite politely: [~o.ocalan] the build broke again", "o.ocalan", id="jira-mention"),
        pytest.param("remote: Permission to tmartikainen/dotfiles.git denied to benthes.", "tmartikainen", id="git-repo-owner"),
        pytest.param("remote: Permission to tmartikainen/dotfiles.git denied to benthes.", "benthes", id="denied-to"),
        pytest.param("@thomas_davis can you look at the flaky test?", "thomas_davis", id="two-census-words"),
        # Chat tools mention by display name: a given name alone, in any case or script.
        pytest.param("@Luke the build is green again, can you merge now?", "Luke", id="mention-given-name"),
        pytest.param("@elżbieta the build is green again, can you merge now?", "elżbieta", id="mention-given-name-accented"),
        pytest.param("Telegram handle: kwong_88, reachable after 6pm", "kwong_88", id="handle-field"),
        pytest.param("her handle is priyar on the forum", "priyar", id="handle-is"),
    ],
)
def test_handles_of_people_are_masked(find: Find, text: str, handle: str) -> None:
    assert handle in people(find(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("npm i -D @types/node @angular/core", id="npm-scopes"),
        pytest.param("@dataclass\nclass Point:\n    x: int", id="decorator-own-line"),
        pytest.param("@app.route('/health')\ndef health(): return 'ok'", id="decorator-call"),
        pytest.param("ssh ubuntu@10.0.0.4 fails, but ssh root@10.0.0.4 works", id="system-accounts"),
        pytest.param("git clone git@github.com:acme/api.git", id="git-remote"),
        pytest.param("The CI runs as /home/runner/work with user=jenkins", id="ci-accounts"),
        pytest.param("why is the user interface so slow when the owner field is empty?", id="english-after-cue"),
        pytest.param("from datetime import date\nfrom os.path import join", id="python-imports"),
        pytest.param("@here the deploy bot is down, ping @oncall", id="channel-mentions"),
        pytest.param("the fix was written by hand, thanks to the reviewers", id="weak-cue-plain-words"),
        pytest.param("my password is hunter2 and login fails, the account locks", id="inflected-word-after-cue"),
        pytest.param("notes from standup: the rollback is done", id="from-a-meeting"),
        pytest.param("@media screen and (max-width: 600px) { body { font-size: 14px } }", id="css-at-rule"),
        pytest.param("@Autowired private UserService users;\n@Override public String toString() { return id; }", id="java-annotations"),
        pytest.param("Ask Copilot whether the regex handles unicode.", id="handles-a-verb"),
        pytest.param("Does the yaml loader handle utf8 and crlf line endings?", id="handle-a-verb"),
        pytest.param("$ bundle update rails\nFetching gem metadata from https://rubygems.org/.........", id="a-site-s-host"),
        pytest.param("If this is a private repository, see https://golang.org/doc/faq#git_https for more.", id="a-site-before-its-path"),
    ],
)
def test_tools_accounts_and_words_stay(find: Find, text: str) -> None:
    assert people(find(text)) == []


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(SERVICE_ACCOUNTS)), st.sampled_from(["user={}", "@{} hi", "/home/{}/x", "ssh {}@db1"]))
def test_service_accounts_are_never_someone(account: str, shape: str) -> None:
    from privacy_gateway.detection.handles import HandleRecognizer

    assert HandleRecognizer().analyze(shape.format(account), ["PERSON"]) == []
    assert not plausible(account)


@pytest.mark.parametrize("handle", ["jsmith", "smithj", "john.smith", "j.smith", "smith_j", "johnsmith", "jsmith42", "garcia.m"])
def test_name_made_handles(handle: str) -> None:
    assert name_made(handle)


@pytest.mark.parametrize("handle", ["interface", "build-team", "os.path", "young", "xq7"])
def test_handles_not_made_of_a_name(handle: str) -> None:
    assert not name_made(handle)


@pytest.mark.parametrize(
    "text, handle",
    [
        pytest.param("The export failed: C:\\Users\\rdelgado\\AppData\\Local\\Temp\\out.csv is locked", "rdelgado", id="windows-profile-r"),
        pytest.param("Copy it to C:\\Users\\tnguyen\\Desktop before Friday", "tnguyen", id="windows-profile-t"),
    ],
)
def test_a_windows_path_keeps_its_folder_names_whole(find: Find, text: str, handle: str) -> None:
    # "\r" and "\t" in a Windows path start a folder's name; they are no escaped line breaks.
    assert ("PERSON", handle) in find(text)


def test_escaped_line_breaks_in_pasted_json_still_separate_words(find: Find) -> None:
    text = '{"note": "call back tomorrow\\nMaria Gonzalez\\tSales"}'
    assert ("PERSON", "Maria Gonzalez") in find(text)


def test_a_letter_before_a_colon_is_no_drive() -> None:
    # "phone:…\n" is a field and an escaped line break, not a path on drive E:.
    text = 'ticket: {"contact": "phone:+44 20 7946 0018\\nemail follows", "path": "C:\\\\Users\\\\rdelgado"}'
    seen = analysis_text(text)
    assert len(seen) == len(text)
    assert "0018 \nemail" in seen and "\\\\rdelgado" in seen


def test_a_domain_login_starting_with_r_n_or_t_is_no_escape(find: Find) -> None:
    # "CORP\rjones" is a domain and a login; "FAILED\nretrying" in a log's string is a line break.
    for text, login in (("CORP\\rjones failed to log on", "rjones"), ("ACME-EU\\tnakamura locked out", "tnakamura"), ("CORP\\nvaltor logged on", "nvaltor")):
        assert login in people(find(text)), text
    assert analysis_text('{"msg":"FAILED\\nretrying in 5s"}') == '{"msg":"FAILED \nretrying in 5s"}'


@pytest.mark.parametrize(
    "text, login",
    [
        ("net use Z: \\\\fs01\\finance /user:ACME\\Seveta.Tokov returns error 1326", "Seveta.Tokov"),
        ("runas /user:CORP\\CahyonoWibisono cmd fails with 1385", "CahyonoWibisono"),
        ("Account locked: EMEA\\Oyelaran.Adebisi (5 bad attempts)", "Oyelaran.Adebisi"),
    ],
)
def test_a_domain_login_of_two_unlisted_name_words_is_masked(find: Find, text: str, login: str) -> None:
    """Where only an account stands, two words that no dictionary or tool list holds are a name's,
    capitals or not: the name lists miss many countries' names."""
    assert login in people(find(text))


@pytest.mark.parametrize("text", ["net use /user:CORP\\DataOps", "reg query HKLM\\SoftwareUpdate", "owner: PostgreSQL", "author: TensorFlow"])
def test_a_domain_or_owner_of_words_and_tools_stays(find: Find, text: str) -> None:
    assert people(find(text)) == []


def test_handles_labelling_chat_lines_are_masked(find: Find) -> None:
    text = "summarize this thread\nthomas_davis: deploy is stuck again\noriha: on it\nthomas_davis: thx"
    assert people(find(text)) == ["thomas_davis", "oriha", "thomas_davis"]


def test_a_time_stamped_chat_s_speakers_are_masked_beside_handles_made_of_words(find: Find) -> None:
    """A stream's chat log: "capybara_fan" is made of words, which kept every speaker of the log
    unread; the times before each line say it is a chat, so the people among them are read."""
    text = (
        "who should get timed out, pasted from the chat:\n[19:02] oliver_pike: first\n"
        "[19:02] capybara_fan: lol\n[19:03] oliver_pike: @capybara_fan weird\n[19:03] capybara_fan: nvm"
    )
    assert people(find(text)).count("oliver_pike") == 2
    assert "capybara_fan" not in people(find(text))


def test_yaml_keys_are_no_chat_speakers(find: Find) -> None:
    text = "services:\n  db:\n    image: postgres\n    restart: always\n  app:\n    image: app\n    restart: always"
    assert people(find(text)) == []


@pytest.mark.parametrize(
    "text, handle",
    [
        pytest.param("e.larsson pushed a broken commit to main, revert it", "e.larsson", id="initial-dot-surname"),
        pytest.param("revoke access for ward.s, they left last week", "ward.s", id="frequent-surname-dot-initial"),
        pytest.param("unusual logins by david.horvath from a new device", "david.horvath", id="first-dot-last"),
        pytest.param("jacob_koster commented on your pull request", "jacob_koster", id="first-underscore-last"),
        pytest.param("taylorj pushed a broken commit to main", "taylorj", id="surname-initial"),
        pytest.param("can you add rwallace61 to the oncall rotation", "rwallace61", id="initial-surname-digits"),
    ],
)
def test_handles_made_of_a_name_are_masked_anywhere(find: Find, text: str, handle: str) -> None:
    assert handle in people(find(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("why does s.strip() return None? also x.shape is (3, 4) and t.tolist works", id="members"),
        pytest.param("the mark_price column is null after the backfill, see grant_type=client_credentials", id="columns"),
        pytest.param("rename first_name to given_name and set max_retries to 5 in os.path", id="identifiers"),
        pytest.param("Comment configurer un proxy inverse nginx devant une application Django ?", id="french-word"),
        pytest.param("Who wrote The Old Man and the Sea, and when was it published?", id="irregular-verb"),
        pytest.param("how long do thieves usually wait before selling stolen phones", id="irregular-participle"),
        pytest.param("who oversaw the construction of the hoover dam", id="irregular-past"),
        pytest.param("how many millennia did the ice age last", id="irregular-plural"),
    ],
)
def test_identifiers_and_words_are_no_free_handles(find: Find, text: str) -> None:
    assert people(find(text)) == []


@pytest.mark.parametrize(
    "text, handle",
    [
        pytest.param("AssertionError: assert 'guest' == 'nadine-kowalczyk'", "nadine-kowalczyk", id="quoted-dashed"),
        pytest.param("FAILED test_login - assert user.login == 'elnar_osmanli'", "elnar_osmanli", id="quoted-underscore"),
        pytest.param('expected owner "zrosales86" but got "guest"', "zrosales86", id="quoted-numbered"),
        pytest.param("reviewers = ['e.larsson', 'build-bot']", "e.larsson", id="quoted-list-item"),
    ],
)
def test_a_string_that_is_a_login_made_of_a_name_is_masked(find: Find, text: str, handle: str) -> None:
    """A quoted login in code is read by its make as an unquoted one is: quotes are how code
    writes a login it compares or lists."""
    assert handle in people(find(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("df.rename(columns={'first_name': 'given_name', 'max_retries': 'retries'})", id="quoted-columns"),
        pytest.param('headers = {"grant_type": "client_credentials", "sort-order": "desc"}', id="quoted-settings"),
        pytest.param("os.environ['mark_price'] = 'rose-garden'; open('conftest.py')", id="quoted-words"),
        pytest.param("parser.add_argument('--dry-run', dest='dry_run', default='read-only')", id="quoted-options"),
    ],
)
def test_quoted_identifiers_and_words_are_no_logins(find: Find, text: str) -> None:
    assert people(find(text)) == []


def test_a_uname_key_names_a_login_and_the_uname_command_nothing(find: Find) -> None:
    """Grafana's `uname=` is the login; `uname -a` is a command."""
    assert people(find('logger=context userId=41 uname=ivanisevic.m t=2026-11-30T09:14:07Z level=info status=403')) == ["ivanisevic.m"]
    assert people(find("$ uname -a\nLinux build-3 6.1.0-18-amd64 #1 SMP x86_64 GNU/Linux")) == []


@pytest.mark.parametrize(
    "text, handle",
    [
        pytest.param("santino.torres is not in the sudoers file.  This incident will be reported.", "santino.torres", id="sudo"),
        pytest.param("tkw3 is not in the sudoers file.  This incident will be reported.", "tkw3", id="sudo-any-login"),
        pytest.param("npm ERR! 403 Forbidden - PUT https://registry.acme.dev/@acme%2fui - helen-moore is not allowed to publish",
                     "helen-moore", id="npm-not-allowed"),
        pytest.param("INC-2231: s.bukovec does not have access to the billing repo since the group change", "s.bukovec", id="no-access"),
        pytest.param("INC-2231 reopened: okaforc still cannot push to the release branch", "okaforc", id="cannot-push"),
    ],
)
def test_the_account_an_access_error_is_about_is_masked(find: Find, text: str, handle: str) -> None:
    assert handle in people(find(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("the runner cannot push to main and the bot is not allowed to deploy", id="machines"),
        pytest.param("jenkins cannot connect to the agent and kubectl does not have access to the cluster", id="tools"),
        pytest.param("root is not in the sudoers file on this image, why?", id="service-account"),
    ],
)
def test_machines_and_tools_in_an_access_error_stay(find: Find, text: str) -> None:
    assert people(find(text)) == []


@pytest.mark.parametrize(
    "text, handle",
    [
        pytest.param("the SSO log says login failed for 'bernard.fuchs' three times, is that a lockout?", "bernard.fuchs", id="login-failed-for"),
        pytest.param("authentication failed for user qurbanli.l from 10.0.4.17", "qurbanli.l", id="authentication-failed-for-user"),
        pytest.param("please reassign INC-4471 to musa.libyli, they own the export now", "musa.libyli", id="reassign-ticket-to"),
        pytest.param("git clone git@git.acme.dev:jsmith/etl-jobs.git fails with publickey", "jsmith", id="git-ssh-remote-any-host"),
        pytest.param("git clone https://scm.acme.dev/pnair/etl-jobs.git asks for a password", "pnair", id="clone-url-any-host"),
        pytest.param("hdfs dfs -du -h /user/zgoebel/warehouse shows 3.4T, who set that quota?", "zgoebel", id="hdfs-user-home"),
        pytest.param("the upload lands in /srv/sftp/mgarcia/incoming but nothing picks it up", "mgarcia", id="sftp-chroot"),
        pytest.param("ls -l /var/spool/cron/crontabs/dlee shows a job at 3am", "dlee", id="cron-spool"),
        pytest.param("her profile is https://git.acme.dev/musa.libyli if you need the review history", "musa.libyli", id="profile-url"),
        pytest.param("the review went to https://gitlab.acme.dev/kholy.", "kholy", id="profile-url-sentence-end"),
        pytest.param("the ticket was assigned to Anna.Berg on Monday, can you chase it?", "Anna.Berg", id="capital-dotted-login"),
        pytest.param("the ticket was assigned to Y.Wahyuni on Monday, can you chase it?", "Y.Wahyuni", id="capital-initial-dotted-login"),
        pytest.param('rotation:\n  - week: 24\n    slack: "@ekatzir"\n', "ekatzir", id="quoted-mention-under-an-account-key"),
        pytest.param("just send the logs to jdefarias@ not the shared inbox", "jdefarias", id="local-part-alone"),
        pytest.param("her insta is '@thandi.m' if you want to tag her", "thandi.m", id="quoted-mention-in-prose"),
    ],
)
def test_handles_in_work_tools_paths_and_sign_ins_are_masked(find: Find, text: str, handle: str) -> None:
    """An account's place in tools' paths and sign-in records, with no cue word of its own."""
    assert handle in people(find(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("git clone git@git.acme.dev:platform/etl-jobs.git fails with publickey", id="git-ssh-organisation"),
        pytest.param("git clone https://scm.acme.dev/infra/terraform.git asks for a password", id="clone-url-organisation"),
        pytest.param("hdfs dfs -ls /user/hive/warehouse; curl https://api.acme.dev/user/login", id="hdfs-service-and-web-route"),
        pytest.param("hdfs dfs -ls /tmp/in; curl https://api.acme.dev/user/login/ then /user/login/ again", id="web-route-beside-hdfs"),
        pytest.param("see src/ftp/server.go and src/ftp/client.py for the retry loop", id="ftp-package-modules"),
        pytest.param("the upload lands in /srv/sftp/uploads/incoming and /var/spool/cron/crontabs/root", id="sftp-folder-and-root-crontab"),
        pytest.param("login failed for user postgres; authentication failed for root", id="sign-in-service-accounts"),
        pytest.param("please reassign it to the platform team", id="reassign-to-a-team"),
        pytest.param("see https://www.nike.com/jordan, https://www.python.org/downloads and https://acme.dev/pricing.", id="site-pages"),
        pytest.param("curl https://api.acme.dev/healthz and https://pypi.org/simple return 200", id="service-routes"),
        pytest.param("Console.WriteLine(Math.Max(a, b));\nvar path = Path.Combine(Environment.CurrentDirectory, name);", id="csharp-members"),
        pytest.param("Hello.World prints twice when the Task.Result is read", id="capital-dotted-words"),
        # Files, directories, image tags, quoted fields, service parts and repositories.
        pytest.param("Error: cycle (File[/etc/nginx/conf.d/app.conf] => Service[nginx])", id="config-directory"),
        pytest.param("I'm reading a CSV with CSV.jl and DataFrames.jl and one column is off", id="julia-packages"),
        pytest.param("FROM golang:1.22 AS build\nUSER nonroot:nonroot\nENTRYPOINT [\"/app\"]", id="dockerfile"),
        pytest.param('date {\n    match => ["time", "ISO8601"]\n    target => "@timestamp"\n}', id="quoted-at-field"),
        pytest.param('"datasource": { "type": "prometheus", "uid": "thanos-query" }', id="service-part-under-uid"),
        pytest.param("| [pino-pretty](https://github.com/pinojs/pino-pretty) | `10.3.1` -> `11.1.0` |", id="forge-repository"),
        pytest.param("```proto\nmessage QueryRequest {\n  map<string, string> params = 3;\n}\n```", id="plural-identifier"),
        pytest.param("npm i lodash@latest && pnpm add vite@next", id="package-at-a-channel"),
        # A published package's owner, wherever the text links to it; an organisation's team.
        pytest.param("Bumps [urllib3](https://github.com/urllib3/urllib3) from 2.1.2 to 2.3.0.\n"
                     "- [Release notes](https://github.com/urllib3/urllib3/releases)", id="dependabot-bump"),
        pytest.param("require (\n\tgithub.com/jackc/pgx/v5 v5.5.0\n)\nchore(deps): update github.com/jackc/pgx/v5 to v5.9.13",
                     id="go-module"),
        pytest.param("goos: linux\ngoarch: amd64\npkg: github.com/stretchr/routing/graph\nBenchmarkDijkstra-8  1000  1234 ns/op\n"
                     "PASS\nok  \tgithub.com/stretchr/routing/graph\t54.515s", id="go-test-output"),
        pytest.param("## What\nMoves the exchange-rate fetcher from a Celery beat task to a Dagster asset.\n\n## Why\n"
                     "Beat schedules drift.\n\ncc @globex/docs @globex/platform", id="organisation-teams"),
    ],
)
def test_tools_paths_and_sign_ins_without_people_stay(find: Find, text: str) -> None:
    assert people(find(text)) == []


def test_a_persons_repository_is_still_theirs(find: Find) -> None:
    text = "see https://github.com/kwong/dotfiles for my setup, then go get github.com/jackc/pgx/v5@v5.5.0"
    assert "kwong" in people(find(text)) and "jackc" not in people(find(text))


@pytest.mark.parametrize("text, handle", [
    pytest.param("thanks k.mboya for the quick fix", "k.mboya", id="initial-login-after-weak-cue"),
    pytest.param("hdfs dfs -du -h /user/p.uche/warehouse shows 3.4T", "p.uche", id="initial-login-in-user-folder"),
    pytest.param("svn: E170001: Authorization failed for tvasqo when committing to trunk", "tvasqo", id="authorization-failed-for"),
    pytest.param("the NFS export /export/home/gang-mo is stale on node-4", "gang-mo", id="name-pair-of-english-words-at-home"),
])
def test_initial_logins_and_name_pairs_in_positions(find: Find, text: str, handle: str) -> None:
    assert handle in people(find(text))


@pytest.mark.parametrize("text", [
    pytest.param("SELECT ename FROM emp e ORDER BY e.empno", id="sql-alias-after-order-by"),
    pytest.param("thanks, x.shape is (3, 4) now", id="member-of-a-variable"),
])
def test_aliases_and_members_after_cues_stay(find: Find, text: str) -> None:
    assert people(find(text)) == []


@pytest.mark.parametrize("text", [
    pytest.param("ORDER BY e.empno, d.dname", id="sort-list"),
    pytest.param("why is this slow? SELECT * FROM orders o WHERE o.custid = 5 ORDER BY o.odate", id="condition-in-a-question"),
    pytest.param("is GROUP BY t.tname, r.rdate valid in postgres?", id="group-list"),
    pytest.param("select c.cname, sum(i.amount) from clients c join invoices i on i.cid = c.id group by c.cname", id="lower-case-join"),
    pytest.param("Why does WHERE u.uname LIKE 'a%' not use the index?", id="like"),
])
def test_columns_qualified_by_an_alias_in_sql_stay(find: Find, text: str) -> None:
    assert people(find(text)) == []


@pytest.mark.parametrize("text, handle", [
    pytest.param("select * from users where login = 'j.kowalczyk'", "j.kowalczyk", id="quoted-value"),
    pytest.param("GRANT SELECT ON reports TO m.okafor; is that enough for read access?", "m.okafor", id="grant-to"),
    pytest.param("ask d.wojcik why SELECT * FROM t ORDER BY id is slow", "d.wojcik", id="before-the-statement"),
    pytest.param("SELECT * FROM audit ORDER BY ts -- thanks to p.haddad for the query", "p.haddad", id="in-a-comment"),
    pytest.param("query written by r.olanrewaju: select o.oid from orders o", "r.olanrewaju", id="author-of-the-query"),
])
def test_logins_beside_sql_are_still_masked(find: Find, text: str, handle: str) -> None:
    assert handle in people(find(text))


@pytest.mark.parametrize("handle, made", [
    ("k.mboya", True), ("gichuki_j", True), ("p.uche7", True), ("x.shape", False), ("t.tolist()", False), ("svc.a", False),
])
def test_initial_login_wants_a_letter_and_a_word_no_list_knows(handle: str, made: bool) -> None:
    assert initial_login(handle) is made


@pytest.mark.parametrize("handle, paired", [
    ("ibrahim.ali", True), ("tao_yuan", True), ("gang-mo", True), ("p.kant", True), ("build.team", False), ("os.path", False),
])
def test_paired_name_wants_a_given_name_and_a_surname(handle: str, paired: bool) -> None:
    assert paired_name(handle) is paired


def test_a_dotted_key_given_its_value_is_no_handle(find: Find) -> None:
    assert [v for t, v in find("spf=pass smtp.mailfrom=ci.example.org; dkim=none") if t == "PERSON"] == []
    assert ("PERSON", "anna.berg") in find("ping anna.berg about it")


@pytest.mark.parametrize("text, handle", [
    ("Add mkowalczyk to the Jira board for the Hopper project", "mkowalczyk"),
    ("please add tiago.ferreira to the on-call rota", "tiago.ferreira"),
])
def test_a_login_added_to_a_board_or_a_rota_is_someone(find: Find, text: str, handle: str) -> None:
    assert ("PERSON", handle) in find(text), find(text)


def test_a_tool_added_to_a_repo_is_no_one(find: Find) -> None:
    assert [v for t, v in find("Add renovate to the repo and dependabot to the org") if t == "PERSON"] == []


@pytest.mark.parametrize(
    "text, handle",
    [
        pytest.param("Privacy report.\nMy channel: hopemakes\nAccount that posted it: @grimlock_77", "hopemakes", id="my-channel"),
        pytest.param("Applicant: Cliff Bishop\nCreator page: cliffbishopmusic\nDOB entered at signup: 02/03/1990", "cliffbishopmusic", id="creator-page"),
    ],
)
def test_a_creator_s_channel_or_page_as_a_field_is_their_handle(find: Find, text: str, handle: str) -> None:
    assert handle in people(find(text))


@pytest.mark.parametrize("text", ["My channel: cooking, my page: recipes", "Which page layout? The channel is busy, page 3 of the report."])
def test_a_channel_s_topic_or_a_page_s_number_is_no_handle(find: Find, text: str) -> None:
    assert people(find(text)) == []
