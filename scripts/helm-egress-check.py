"""The chart's egress rules, read from its rendered manifests (scripts/helm-check.sh).

Usage: helm-egress-check.py RENDERED.yaml CHART_VALUES.yaml VALUES.yaml [VALUES.yaml...]

With networkPolicy.allowExternalEgress=false (the default) the API may reach DNS, its database
and Keycloak, as the API's own ConfigMap names them, and the operator's networkPolicy.extraEgress,
and nothing else: no rule open to every address. The chart's Keycloak (Keycloak Operator) may
reach DNS, its database and its other instances. The web UI reaches DNS and the API's pods on the
API's port (link previews, webUi.linkPreviews.enabled; the API admits it), or nothing. With
allowExternalEgress=true, the API reaches anywhere. Prints each failure and exits 1.
"""
import ipaddress
import re
import sys
from urllib.parse import urlsplit

import yaml

failures = []


def expect(ok, what):
    if not ok:
        failures.append(what)


def merge(base, over):
    for key, value in (over or {}).items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            merge(base[key], value)
        else:
            base[key] = value
    return base


rendered, chart_values, *value_files = sys.argv[1:]
values = yaml.safe_load(open(chart_values))
for path in value_files:
    merge(values, yaml.safe_load(open(path)))
np = values["networkPolicy"]
docs = [d for d in yaml.safe_load_all(open(rendered)) if d]


def one(kind, name_suffix=None, component=None):
    found = [d for d in docs if d["kind"] == kind
             and (name_suffix is None or d["metadata"]["name"].endswith(name_suffix))
             and (component is None or d["metadata"].get("labels", {}).get("app.kubernetes.io/component") == component)]
    return found[0] if len(found) == 1 else None


def ports(rule):
    return {(p.get("port"), p.get("protocol", "TCP")) for p in rule.get("ports") or []}


def open_to_all(rule):
    """A rule that lets a pod reach every address: no `to`, or an ipBlock of a whole family."""
    if not rule.get("to"):
        return True
    for peer in rule["to"]:
        cidr = (peer.get("ipBlock") or {}).get("cidr")
        if cidr and ipaddress.ip_network(cidr, strict=False).prefixlen == 0:
            return True
    return False


def has_rule(rules, port, peers, what):
    """A rule on `port` (TCP) whose peers are exactly `peers`."""
    match = [r for r in rules if (port, "TCP") in ports(r) and r.get("to") == peers]
    expect(match, f"{what}: no egress rule to {peers} on port {port}")


def host_peers(host):
    """The peers the chart derives from a host name alone (None: a public name, not derivable)."""
    try:
        address = ipaddress.ip_address(host.strip("[]"))
        return [{"ipBlock": {"cidr": f"{address}/{address.max_prefixlen}"}}]
    except ValueError:
        pass
    if "." not in host:
        return [{"podSelector": {}}]
    labels = host.split(".")
    if len(labels) >= 3 and labels[2] == "svc":
        return [{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": labels[1]}}}]
    return None


api_policy = one("NetworkPolicy", component="api")
web_policy = one("NetworkPolicy", component="web-ui")
keycloak_policy = one("NetworkPolicy", component="keycloak")
config = (one("ConfigMap", component="api") or {}).get("data", {})
cluster = one("Cluster")
keycloak = one("Keycloak")

expect(api_policy and "Egress" in api_policy["spec"]["policyTypes"], "the API has no egress policy")
expect(web_policy and "Egress" in web_policy["spec"]["policyTypes"], "the web UI has no egress policy")
api_rules = (api_policy or {}).get("spec", {}).get("egress") or []

# The web UI: static files, and the link previews it fetches from the API for crawlers (ADR 0028).
link_previews = values["webUi"]["linkPreviews"]["enabled"]
web_rules = (web_policy or {}).get("spec", {}).get("egress")
if not link_previews:
    expect(web_rules == [], f"without link previews the web UI may connect to {web_rules}")
elif web_policy and api_policy:
    for rule in web_rules or []:
        expect(not open_to_all(rule), f"the web UI's egress rule {rule} is open to every address")
    web_dns = [r for r in web_rules or [] if {(53, "UDP"), (53, "TCP")} <= ports(r)]
    expect(web_dns and web_dns[0].get("to") == np["dnsPeers"],
           f"the web UI may not resolve the API's Service at {np['dnsPeers']}")
    api_pods = [{"podSelector": api_policy["spec"]["podSelector"]}]
    has_rule(web_rules or [], values["api"]["containerPort"], api_pods, "the web UI's link previews")
    expect(len(web_rules or []) == 2, f"the web UI's egress has {len(web_rules or [])} rules, not DNS and the API")
    if not np["allowExternal"]:
        sources = [peer for rule in api_policy["spec"].get("ingress") or [] for peer in rule.get("from") or []]
        expect({"podSelector": web_policy["spec"]["podSelector"]} in sources, "the API does not admit the web UI")

if np["allowExternalEgress"]:
    expect(api_rules == [{}], f"allowExternalEgress=true: the API's egress is {api_rules}, not [{{}}]")
    expect(keycloak_policy is None, "allowExternalEgress=true: Keycloak's egress is still limited")
else:
    # Nothing open to the whole Internet, not even DNS (it goes to the cluster's DNS only).
    for rule in api_rules:
        expect(not open_to_all(rule), f"the API's egress rule {rule} is open to every address")
    dns = [r for r in api_rules if {(53, "UDP"), (53, "TCP")} <= ports(r)]
    expect(dns and dns[0].get("to") == np["dnsPeers"], f"the API may not resolve names at {np['dnsPeers']}")

    # The database the API connects to, from its own configuration.
    db = urlsplit(config["QUARKUS_DATASOURCE_JDBC_URL"].removeprefix("jdbc:"))
    if cluster:
        db_peers = [{"podSelector": {"matchLabels": {"cnpg.io/cluster": cluster["metadata"]["name"]}}}]
    else:
        db_peers = np["databasePeers"] or host_peers(db.hostname)
    expect(db_peers, f"the test knows no peers of the database {db.hostname}")
    has_rule(api_rules, db.port, db_peers, f"the API's database {db.hostname}")

    # Keycloak: the OIDC server the API fetches keys from.
    oidc = urlsplit(config["QUARKUS_OIDC_AUTH_SERVER_URL"])
    oidc_port = oidc.port or (443 if oidc.scheme == "https" else 80)
    if np["keycloakPeers"]:
        kc_peers = np["keycloakPeers"]
    elif keycloak:
        kc_peers = [{"namespaceSelector": {"matchLabels": np["ingressNamespaceSelector"]}}]
    else:
        kc_peers = host_peers(oidc.hostname)
    # A public host name without its addresses gets no rule (NOTES.txt warns); the count below
    # then finds none.
    if kc_peers:
        has_rule(api_rules, oidc_port, kc_peers, f"the API's Keycloak {oidc.hostname}")

    # The operator's own rules, each as given.
    for rule in np["extraEgress"]:
        expect(rule in api_rules, f"the operator's egress rule {rule} is not in the API's policy")
    derived = len(dns) + 1 + (1 if kc_peers else 0)
    expect(len(api_rules) == derived + len(np["extraEgress"]),
           f"the API's egress has {len(api_rules)} rules, not {derived} derived and {len(np['extraEgress'])} given")

    # The chart's Keycloak: DNS, its database, its peers (JGroups), the operator's rules.
    expect((keycloak is None) == (keycloak_policy is None), "Keycloak and its egress policy do not go together")
    if keycloak and keycloak_policy:
        spec = keycloak_policy["spec"]
        expect(spec["policyTypes"] == ["Egress"], "Keycloak's policy restricts more than its egress")
        selector = spec["podSelector"]["matchLabels"]
        expect(selector.get("app.kubernetes.io/instance") == keycloak["metadata"]["name"]
               and selector.get("app.kubernetes.io/managed-by") == "keycloak-operator",
               f"Keycloak's policy selects {selector}, not the pods of {keycloak['metadata']['name']}")
        kc_rules = spec.get("egress") or []
        for rule in kc_rules:
            expect(not open_to_all(rule), f"Keycloak's egress rule {rule} is open to every address")
        expect(any({(53, "UDP"), (53, "TCP")} <= ports(r) for r in kc_rules), "Keycloak may not resolve names")
        kc_db = keycloak["spec"]["db"]
        if cluster and re.match(rf"^{re.escape(cluster['metadata']['name'])}-(rw|ro|r)$", kc_db["host"]):
            kc_db_peers = [{"podSelector": {"matchLabels": {"cnpg.io/cluster": cluster["metadata"]["name"]}}}]
        else:
            kc_db_peers = host_peers(kc_db["host"])
        if kc_db_peers:
            has_rule(kc_rules, kc_db["port"], kc_db_peers, f"Keycloak's database {kc_db['host']}")
        has_rule(kc_rules, 7800, [{"podSelector": {"matchLabels": selector}}], "Keycloak's other instances")
        for rule in np["keycloakExtraEgress"]:
            expect(rule in kc_rules, f"the operator's Keycloak egress rule {rule} is not in Keycloak's policy")

if failures:
    print("\n".join(f"    egress: {f}" for f in failures))
    sys.exit(1)
web = "DNS and the API (link previews)" if link_previews else "nothing"
if np["allowExternalEgress"]:
    print(f"    egress: the API reaches anywhere (allowExternalEgress); the web UI {web}")
else:
    print(f"    egress: the API reaches DNS, its database{', Keycloak' if kc_peers else ''} and "
          f"{len(np['extraEgress'])} given rules only, none open to all; the web UI {web}"
          + ("; Keycloak DNS, its database, its instances and its given rules" if keycloak_policy else ""))
