{{/* Names: <release>-application-manager, then -intake / -worker per role. */}}
{{- define "am.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 50 | trimSuffix "-" }}
{{- end }}

{{- define "am.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 50 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 50 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 50 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "am.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "am.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "am.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{ include "am.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: application-manager
{{- end }}

{{- define "am.selectorLabels" -}}
app.kubernetes.io/name: {{ include "am.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/* The application's HTTP port (quarkus.http.port); probes, Services and the NetworkPolicy use its name "http". */}}
{{- define "am.httpPort" -}}8080{{- end }}

{{/* Names of the RabbitMQ objects, as the application derives them from APP_MESSAGING_PREFIX. */}}
{{- /* every tier's work queue (enterprise, professional, free), as the regular expression KEDA sums over */ -}}
{{- define "am.workQueue" -}}
{{- $p := .Values.config.messagingPrefix | regexQuoteMeta -}}
^({{ $p }}\.work\.enterprise|{{ $p }}\.work\.professional|{{ $p }}\.work\.free)$
{{- end }}
{{- define "am.deadLetterEventsQueue" -}}{{ .Values.config.messagingPrefix }}.dead-letter.events{{- end }}

{{/*
The pod template both roles share. Call with (dict "root" $ "role" "intake|worker" "spec" .Values.intake|worker).
*/}}
{{- define "am.podTemplate" -}}
{{- $root := .root }}
{{- $role := .role }}
{{- $spec := .spec -}}
metadata:
  labels:
    {{- include "am.selectorLabels" $root | nindent 4 }}
    app.kubernetes.io/component: {{ $role }}
  annotations:
    checksum/config: {{ include (print $root.Template.BasePath "/configmap.yaml") $root | sha256sum }}
    {{- with $spec.podAnnotations }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
spec:
  serviceAccountName: {{ include "am.serviceAccountName" $root }}
  automountServiceAccountToken: false
  {{- with $root.Values.imagePullSecrets }}
  imagePullSecrets:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  securityContext:
    {{- toYaml $root.Values.podSecurityContext | nindent 4 }}
  terminationGracePeriodSeconds: {{ include (printf "am.%s.gracePeriod" $role) $root }}
  topologySpreadConstraints:
    - maxSkew: 1
      topologyKey: kubernetes.io/hostname
      whenUnsatisfiable: ScheduleAnyway
      labelSelector:
        matchLabels:
          {{- include "am.selectorLabels" $root | nindent 10 }}
          app.kubernetes.io/component: {{ $role }}
  containers:
    - name: {{ $role }}
      image: "{{ $root.Values.image.repository }}:{{ $root.Values.image.tag | default $root.Chart.AppVersion }}"
      imagePullPolicy: {{ $root.Values.image.pullPolicy }}
      ports:
        - name: http
          containerPort: {{ include "am.httpPort" $root }}
          protocol: TCP
      envFrom:
        - configMapRef:
            name: {{ include "am.fullname" $root }}
      env:
        - name: APP_ROLE
          value: {{ $role | quote }}
        # JVM sizing for the pod's memory limit: the image's run-java.sh takes the heap share, the java launcher the rest
        - name: JAVA_MAX_MEM_RATIO
          value: {{ $spec.jvm.maxHeapPercent | quote }}
        - name: JDK_JAVA_OPTIONS
          value: {{ $spec.jvm.options | quote }}
        - name: QUARKUS_DATASOURCE_USERNAME
          valueFrom:
            secretKeyRef:
              name: {{ $root.Values.database.existingSecret }}
              key: {{ $root.Values.database.usernameKey }}
        - name: QUARKUS_DATASOURCE_PASSWORD
          valueFrom:
            secretKeyRef:
              name: {{ $root.Values.database.existingSecret }}
              key: {{ $root.Values.database.passwordKey }}
        - name: RABBITMQ_USERNAME
          valueFrom:
            secretKeyRef:
              name: {{ $root.Values.rabbitmq.existingSecret }}
              key: {{ $root.Values.rabbitmq.usernameKey }}
        - name: RABBITMQ_PASSWORD
          valueFrom:
            secretKeyRef:
              name: {{ $root.Values.rabbitmq.existingSecret }}
              key: {{ $root.Values.rabbitmq.passwordKey }}
        - name: QUARKUS_SHUTDOWN_TIMEOUT
          value: "{{ $spec.shutdownTimeoutSeconds }}s"
        {{- include (printf "am.%s.env" $role) $root | nindent 8 }}
      startupProbe:
        httpGet:
          path: /q/health/started
          port: http
        periodSeconds: {{ $root.Values.probes.startup.periodSeconds }}
        failureThreshold: {{ $root.Values.probes.startup.failureThreshold }}
      livenessProbe:
        httpGet:
          path: /q/health/live
          port: http
        periodSeconds: {{ $root.Values.probes.liveness.periodSeconds }}
        failureThreshold: {{ $root.Values.probes.liveness.failureThreshold }}
      readinessProbe:
        httpGet:
          path: /q/health/ready
          port: http
        periodSeconds: {{ $root.Values.probes.readiness.periodSeconds }}
        failureThreshold: {{ $root.Values.probes.readiness.failureThreshold }}
      {{- with include (printf "am.%s.lifecycle" $role) $root }}
      {{- . | nindent 6 }}
      {{- end }}
      resources:
        {{- toYaml $spec.resources | nindent 8 }}
      securityContext:
        {{- toYaml $root.Values.securityContext | nindent 8 }}
      volumeMounts:
        # the root filesystem is read-only; Vert.x and the JVM need a writable temporary directory
        - name: tmp
          mountPath: /tmp
  volumes:
    - name: tmp
      emptyDir:
        sizeLimit: 64Mi
  {{- with $spec.nodeSelector }}
  nodeSelector:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- with $spec.tolerations }}
  tolerations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- with $spec.affinity }}
  affinity:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- end }}

{{/* Intake: the pod leaves the endpoints, sleeps so that no new request arrives, then drains HTTP. */}}
{{- define "am.intake.gracePeriod" -}}
{{- add .Values.intake.preStopSleepSeconds .Values.intake.shutdownTimeoutSeconds 10 }}
{{- end }}

{{- define "am.intake.env" -}}
- name: QUARKUS_DATASOURCE_JDBC_MAX_SIZE
  value: {{ .Values.intake.databasePoolSize | quote }}
# the operator credential (role admin); an intake does not start without it
- name: APP_ADMIN_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ .Values.admin.existingSecret }}
      key: {{ .Values.admin.passwordKey }}
# the dashboard's session cookie is encrypted with it; one key for all replicas keeps a sign-in valid on each
- name: QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY
  valueFrom:
    secretKeyRef:
      name: {{ .Values.admin.existingSecret }}
      key: {{ .Values.admin.sessionEncryptionKeyKey }}
{{- end }}

{{- define "am.intake.lifecycle" -}}
lifecycle:
  preStop:
    sleep:
      seconds: {{ .Values.intake.preStopSleepSeconds }}
{{- end }}

{{/*
Worker: HTTP drains first (QUARKUS_SHUTDOWN_TIMEOUT), then the messaging worker pool waits for in-flight
applications (maxProcessingSeconds); ten seconds more cover the JVM's own exit. docs/scaling.md explains it.
*/}}
{{- define "am.worker.gracePeriod" -}}
{{- /* HTTP drain, then the consumer's drain of its batches: one after the other (docs/scaling.md) */ -}}
{{- add .Values.worker.shutdownTimeoutSeconds .Values.worker.maxProcessingSeconds 10 }}
{{- end }}

{{- define "am.worker.env" -}}
- name: APP_WORKER_CONCURRENCY
  value: {{ .Values.worker.concurrency | quote }}
- name: QUARKUS_DATASOURCE_JDBC_MAX_SIZE
  value: {{ .Values.worker.databasePoolSize | default (add (max 1 (div .Values.worker.concurrency 64)) 8) | quote }}
# the consumer's drain at shutdown: how long running applications may take to finish
- name: APP_WORKER_SHUTDOWN_GRACE
  value: "{{ .Values.worker.maxProcessingSeconds }}s"
{{- end }}

{{- define "am.worker.lifecycle" -}}
{{- end }}

{{/* Egress both roles need: DNS, PostgreSQL, RabbitMQ (wherever they run). */}}
{{- define "am.egress" -}}
- ports:
    - port: 53
      protocol: UDP
    - port: 53
      protocol: TCP
- ports:
    - port: {{ .Values.database.port }}
      protocol: TCP
- ports:
    - port: {{ .Values.rabbitmq.port }}
      protocol: TCP
    # the management API: both roles read the queue figures from it
    - port: {{ .Values.rabbitmq.managementPort }}
      protocol: TCP
{{- if .Values.tracing.otlpEndpoint }}
# the trace collector (OTLP/gRPC)
- ports:
    - port: {{ .Values.tracing.collectorPort }}
      protocol: TCP
{{- end }}
{{- end }}
