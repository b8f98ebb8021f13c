{{/*
Chart name, truncated to 63 characters (the DNS label limit).
*/}}
{{- define "aduan.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Release-based name prefix. Truncated to 55 characters so that "-web-ui" still fits in 63.
*/}}
{{- define "aduan.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 55 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 55 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 55 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "aduan.api.fullname" -}}
{{- printf "%s-api" (include "aduan.fullname" .) }}
{{- end }}

{{- define "aduan.webUi.fullname" -}}
{{- printf "%s-web-ui" (include "aduan.fullname" .) }}
{{- end }}

{{- define "aduan.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Labels on every resource. Add the component label next to it:
  {{- include "aduan.labels" . | nindent 4 }}
    app.kubernetes.io/component: api
*/}}
{{- define "aduan.labels" -}}
helm.sh/chart: {{ include "aduan.chart" . }}
{{ include "aduan.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: aduan
{{- with .Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/*
Selector labels, without the component (selectors add it themselves).
*/}}
{{- define "aduan.selectorLabels" -}}
app.kubernetes.io/name: {{ include "aduan.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "aduan.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "aduan.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/*
Image reference from an image block: {{ include "aduan.image" (dict "image" .Values.api.image "context" $) }}
The tag defaults to the chart's appVersion; `latest` is refused because it makes releases unrepeatable.
*/}}
{{- define "aduan.image" -}}
{{- $image := .image }}
{{- $tag := default .context.Chart.AppVersion $image.tag | toString }}
{{- if eq $tag "latest" }}
{{- fail (printf "image %s: the tag `latest` is not allowed; pin a version (default: the chart's appVersion)" $image.repository) }}
{{- end }}
{{- $repo := $image.repository }}
{{- if $image.registry }}
{{- $repo = printf "%s/%s" (trimSuffix "/" $image.registry) $image.repository }}
{{- end }}
{{- if $image.digest }}
{{- printf "%s@%s" $repo $image.digest }}
{{- else }}
{{- printf "%s:%s" $repo $tag }}
{{- end }}
{{- end }}

{{/*
Public URL of the web UI, without a trailing slash.
*/}}
{{- define "aduan.publicUrl" -}}
{{- if .Values.publicUrl }}
{{- trimSuffix "/" .Values.publicUrl }}
{{- else if .Values.ingress.enabled }}
{{- printf "%s://%s" (ternary "https" "http" .Values.ingress.tls) .Values.ingress.hostname }}
{{- else }}
{{- print "http://localhost:8080" }}
{{- end }}
{{- end }}

{{- define "aduan.webUi.apiUrl" -}}
{{- default (include "aduan.publicUrl" .) .Values.webUi.apiUrl | trimSuffix "/" }}
{{- end }}

{{/*
Keycloak base URL and realm, split from oidc.authServerUrl (https://HOST[/PATH]/realms/REALM).
*/}}
{{- define "aduan.oidc.keycloakUrl" -}}
{{- regexReplaceAll "/realms/[^/]+/?$" (trimSuffix "/" .Values.oidc.authServerUrl) "" }}
{{- end }}

{{- define "aduan.oidc.realm" -}}
{{- if .Values.oidc.realm }}
{{- .Values.oidc.realm }}
{{- else }}
{{- $m := regexFind "/realms/[^/]+/?$" .Values.oidc.authServerUrl }}
{{- if not $m }}
{{- fail "oidc.realm is empty and oidc.authServerUrl does not end in /realms/REALM; set oidc.realm" }}
{{- end }}
{{- $m | trimSuffix "/" | trimPrefix "/realms/" }}
{{- end }}
{{- end }}

{{/*
Where the API's database is: the CloudNativePG cluster's read-write Service when cnpg.enabled,
otherwise externalDatabase.
*/}}
{{- define "aduan.cnpg.name" -}}
{{- printf "%s-pg" (include "aduan.fullname" .) | trunc 50 | trimSuffix "-" }}
{{- end }}

{{- define "aduan.database.host" -}}
{{- if .Values.cnpg.enabled }}
{{- printf "%s-rw" (include "aduan.cnpg.name" .) }}
{{- else }}
{{- .Values.externalDatabase.host }}
{{- end }}
{{- end }}

{{- define "aduan.database.port" -}}
{{- if .Values.cnpg.enabled }}5432{{ else }}{{ int .Values.externalDatabase.port }}{{ end }}
{{- end }}

{{- define "aduan.database.name" -}}
{{- if .Values.cnpg.enabled }}{{ .Values.cnpg.database }}{{ else }}{{ .Values.externalDatabase.database }}{{ end }}
{{- end }}

{{- define "aduan.database.user" -}}
{{- if .Values.cnpg.enabled }}{{ .Values.cnpg.owner }}{{ else }}{{ .Values.externalDatabase.user }}{{ end }}
{{- end }}

{{/*
Secret and key holding the database password (CloudNativePG makes "<cluster>-app" with "password").
*/}}
{{- define "aduan.database.secretName" -}}
{{- if .Values.cnpg.enabled }}
{{- printf "%s-app" (include "aduan.cnpg.name" .) }}
{{- else if .Values.externalDatabase.existingSecret }}
{{- tpl .Values.externalDatabase.existingSecret . }}
{{- else }}
{{- printf "%s-externaldb" (include "aduan.fullname" .) }}
{{- end }}
{{- end }}

{{- define "aduan.database.secretPasswordKey" -}}
{{- if .Values.cnpg.enabled -}}
password
{{- else if .Values.externalDatabase.existingSecret }}
{{- .Values.externalDatabase.existingSecretPasswordKey }}
{{- else -}}
db-password
{{- end }}
{{- end }}

{{/*
Default pod affinity: prefer spreading a component's replicas across nodes.
{{ include "aduan.affinity" (dict "affinity" .Values.api.affinity "component" "api" "context" $) }}
*/}}
{{- define "aduan.affinity" -}}
{{- if .affinity }}
{{- toYaml .affinity }}
{{- else }}
podAntiAffinity:
  preferredDuringSchedulingIgnoredDuringExecution:
    - weight: 1
      podAffinityTerm:
        topologyKey: kubernetes.io/hostname
        labelSelector:
          matchLabels:
            {{- include "aduan.selectorLabels" .context | nindent 12 }}
            app.kubernetes.io/component: {{ .component }}
{{- end }}
{{- end }}

{{/*
An httpGet probe from a probe block: {{ include "aduan.probe" (dict "probe" .Values.api.livenessProbe "path" "/q/health/live") }}
*/}}
{{- define "aduan.probe" -}}
httpGet:
  path: {{ .path }}
  port: http
{{- range $k := list "initialDelaySeconds" "periodSeconds" "timeoutSeconds" "failureThreshold" "successThreshold" }}
{{- if hasKey $.probe $k }}
{{ $k }}: {{ index $.probe $k }}
{{- end }}
{{- end }}
{{- end }}

{{/*
The Secret holding the key of reporters' contact data (ADUAN_PERSONAL_DATA_KEY).
*/}}
{{- define "aduan.personalData.secretName" -}}
{{- if .Values.personalData.existingSecret }}
{{- tpl .Values.personalData.existingSecret . }}
{{- else }}
{{- printf "%s-personal-data" (include "aduan.fullname" .) }}
{{- end }}
{{- end }}

{{/*
Id of the realm role officer in the imported realm: fixed per realm name, since the admin
permission letting the API's service account grant that role names the role by id.
*/}}
{{- define "aduan.keycloak.officerRoleId" -}}
{{- $h := sha256sum (printf "aduan/%s/role/officer" (include "aduan.oidc.realm" .)) }}
{{- printf "%s-%s-%s-%s-%s" (substr 0 8 $h) (substr 8 12 $h) (substr 12 16 $h) (substr 16 20 $h) (substr 20 32 $h) }}
{{- end }}
