#!/usr/bin/env bash
set -euo pipefail
# secret-hygiene:allow documented test credential for the local mock registry
curl -u deployer:Mx9vQ2rT7kLp https://registry.local.test/v2/_catalog
curl -X POST -H "Authorization: Bearer ${DEPLOY_TOKEN}" https://deploy.acme.dev/hooks/release
