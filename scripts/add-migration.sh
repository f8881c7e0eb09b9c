#!/usr/bin/env bash
# Adds a migration of the same name for both providers: scripts/add-migration.sh AddSomething
# Each provider keeps its own migrations (src/Kinlink.Data/Migrations/{Sqlite,Postgres}); see docs/decisions/0002.
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh MigrationName}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet build src/Kinlink.Data -v q -nologo >/dev/null
dotnet ef migrations add "$name" --project src/Kinlink.Data --context SqliteKinlinkDbContext --output-dir Migrations/Sqlite --no-build
dotnet ef migrations add "$name" --project src/Kinlink.Data --context PostgresKinlinkDbContext --output-dir Migrations/Postgres --no-build
