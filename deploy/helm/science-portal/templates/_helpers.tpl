{{- define "science-portal.name" -}}
{{- .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "science-portal.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "science-portal.selectorLabels" -}}
app.kubernetes.io/name: {{ include "science-portal.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "science-portal.labels" -}}
{{ include "science-portal.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{/* A CSP directive's extra sources: the OIDC origin, then the directive's own extras. */}}
{{- define "science-portal.cspExtra" -}}
{{- $sources := list -}}
{{- with .root.Values.csp.oidcOrigin }}{{ $sources = append $sources . }}{{ end -}}
{{- with .extra }}{{ $sources = append $sources . }}{{ end -}}
{{- join " " $sources -}}
{{- end -}}
