{{/*
Name of the Keycloak resource (Keycloak Operator); its pods carry it as app.kubernetes.io/instance.
*/}}
{{- define "aduan.keycloak.name" -}}
{{- printf "%s-keycloak" (include "aduan.fullname" .) | trunc 50 | trimSuffix "-" }}
{{- end }}

{{/*
Host and port of a URL, as JSON: {{ include "aduan.urlEndpoint" "https://sso.example:8443/x" }} gives
{"host":"sso.example","port":8443}; without a port, 443 for https and 80 otherwise.
*/}}
{{- define "aduan.urlEndpoint" -}}
{{- $u := urlParse . }}
{{- $host := $u.host }}
{{- $port := ternary 443 80 (eq $u.scheme "https") }}
{{- $explicit := regexFind ":[0-9]+$" $host }}
{{- if $explicit }}
{{- $port = trimPrefix ":" $explicit | int }}
{{- $host = trimSuffix $explicit $host }}
{{- end }}
{{- dict "host" (trimAll "[]" $host | lower) "port" $port | toJson }}
{{- end }}

{{/*
The NetworkPolicy peers a host name stands for, when the name alone tells (JSON list): an IP
address, or a Service of the cluster ("name" in the release's namespace, "name.namespace.svc[...]")
as the pods of its namespace. A NetworkPolicy matches addresses, not names, so a public host name
gives [] and its addresses must come from the values.
*/}}
{{- define "aduan.networkPolicy.hostPeers" -}}
{{- $h := . }}
{{- $peers := list }}
{{- if regexMatch "^[0-9]{1,3}(\\.[0-9]{1,3}){3}$" $h }}
{{- $peers = list (dict "ipBlock" (dict "cidr" (printf "%s/32" $h))) }}
{{- else if contains ":" $h }}
{{- $peers = list (dict "ipBlock" (dict "cidr" (printf "%s/128" $h))) }}
{{- else if and $h (not (contains "." $h)) }}
{{- $peers = list (dict "podSelector" (dict)) }}
{{- else if regexMatch "^[a-z0-9-]+\\.[a-z0-9-]+\\.svc(\\.|$)" $h }}
{{- $peers = list (dict "namespaceSelector" (dict "matchLabels" (dict "kubernetes.io/metadata.name" (index (splitList "." $h) 1)))) }}
{{- end }}
{{- toJson $peers }}
{{- end }}

{{/*
Peers of a database host (JSON list): the CloudNativePG cluster's pods when the host is one of its
Services, networkPolicy.databasePeers when it is externalDatabase.host, else what the name tells.
{{ include "aduan.networkPolicy.databasePeers" (dict "host" "aduan-pg-rw" "context" $) }}
*/}}
{{- define "aduan.networkPolicy.databasePeers" -}}
{{- $ctx := .context }}
{{- $host := lower .host }}
{{- $cnpg := include "aduan.cnpg.name" $ctx }}
{{- $service := first (splitList "." $host) }}
{{- $namespace := index (append (splitList "." $host) $ctx.Release.Namespace) 1 }}
{{- if and $ctx.Values.cnpg.enabled (has $service (list (printf "%s-rw" $cnpg) (printf "%s-ro" $cnpg) (printf "%s-r" $cnpg))) (eq $namespace $ctx.Release.Namespace) }}
{{- list (dict "podSelector" (dict "matchLabels" (dict "cnpg.io/cluster" $cnpg))) | toJson }}
{{- else if and $ctx.Values.networkPolicy.databasePeers (eq $host (lower $ctx.Values.externalDatabase.host)) }}
{{- $ctx.Values.networkPolicy.databasePeers | toJson }}
{{- else }}
{{- include "aduan.networkPolicy.hostPeers" $host }}
{{- end }}
{{- end }}

{{/*
Where the API connects besides DNS and networkPolicy.extraEgress (JSON list of {what, host, port,
peers}): its database and Keycloak (the OIDC server and, for officer onboarding, its admin API).
A target with no peers has no rule: nothing derives its addresses (NOTES.txt warns).
*/}}
{{- define "aduan.api.egressTargets" -}}
{{- $np := .Values.networkPolicy }}
{{- $dbHost := include "aduan.database.host" . }}
{{- $targets := list (dict "what" "PostgreSQL" "value" "networkPolicy.databasePeers" "host" $dbHost "port" (include "aduan.database.port" . | int) "peers" (include "aduan.networkPolicy.databasePeers" (dict "host" $dbHost "context" .) | fromJsonArray)) }}
{{- $urls := list .Values.oidc.authServerUrl }}
{{- if .Values.oidc.adminClient.enabled }}
{{- $urls = append $urls .Values.oidc.adminClient.serverUrl }}
{{- end }}
{{- $seen := list }}
{{- range $urls }}
{{- $endpoint := include "aduan.urlEndpoint" . | fromJson }}
{{- $key := printf "%s:%v" $endpoint.host $endpoint.port }}
{{- if not (has $key $seen) }}
{{- $seen = append $seen $key }}
{{- $peers := $np.keycloakPeers }}
{{- if and (not $peers) $.Values.keycloakOperator.enabled }}
{{- /* The chart's Keycloak is reached at its public hostname, through the ingress controller. */}}
{{- $peers = list (dict "namespaceSelector" (dict "matchLabels" $np.ingressNamespaceSelector)) }}
{{- else if not $peers }}
{{- $peers = include "aduan.networkPolicy.hostPeers" $endpoint.host | fromJsonArray }}
{{- end }}
{{- $targets = append $targets (dict "what" "Keycloak" "value" "networkPolicy.keycloakPeers" "host" $endpoint.host "port" (int $endpoint.port) "peers" $peers) }}
{{- end }}
{{- end }}
{{- toJson $targets }}
{{- end }}

{{/*
Egress rules to DNS: port 53 of networkPolicy.dnsPeers (anywhere when that is empty).
*/}}
{{- define "aduan.networkPolicy.dnsRule" -}}
# DNS
{{- with .Values.networkPolicy.dnsPeers }}
- to:
    {{- toYaml . | nindent 4 }}
  ports:
{{- else }}
- ports:
{{- end }}
    - port: 53
      protocol: UDP
    - port: 53
      protocol: TCP
{{- end }}
