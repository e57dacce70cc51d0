#!/bin/sh
# Runs after the official image's 20-envsubst-on-templates.sh: with ACCESS_UPSTREAM set, the portal's server
# block gains a /access/ location (it includes conf.d/portal-access*.inc); unset, nothing is written.
set -eu
if [ -n "${ACCESS_UPSTREAM:-}" ]; then
  envsubst '${ACCESS_UPSTREAM}' < /etc/nginx/portal-access.inc.in > /etc/nginx/conf.d/portal-access.inc
  echo "$0: /access/ is forwarded to ${ACCESS_UPSTREAM}"
fi
