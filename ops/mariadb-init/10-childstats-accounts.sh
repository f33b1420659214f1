# The site's two accounts, made once when the database volume is new. The official MariaDB image sources this file
# (it is not executable) from /docker-entrypoint-initdb.d, so its docker_process_sql runs the SQL as root over the
# socket, in the database MARIADB_DATABASE names. The passwords come from the same secret files the site reads.
#   childstats_admin:  migrations and imports (everything on the site's database, nothing else)
#   childstats_reader: the web app (SELECT only, so a flaw in the web app cannot change a figure)

childstats_secret() {
	local value
	value="$(< "$1")" || return 1
	[ -n "$value" ] || { echo "childstats: $1 is empty" >&2; return 1; }
	# Escape \ and ' for a string literal, as the entrypoint does for its own passwords.
	value="${value//\\/\\\\}"
	printf '%s' "${value//\'/\\\'}"
}

childstats_db="${MARIADB_DATABASE:?set MARIADB_DATABASE to the site database, e.g. childstats}"
childstats_admin_password="$(childstats_secret "${CHILDSTATS_ADMIN_PASSWORD_FILE:?}")" || exit 1
childstats_reader_password="$(childstats_secret "${CHILDSTATS_READER_PASSWORD_FILE:?}")" || exit 1

docker_process_sql <<SQL
CREATE USER 'childstats_admin'@'%' IDENTIFIED BY '${childstats_admin_password}';
GRANT ALL PRIVILEGES ON \`${childstats_db}\`.* TO 'childstats_admin'@'%';
CREATE USER 'childstats_reader'@'%' IDENTIFIED BY '${childstats_reader_password}';
GRANT SELECT ON \`${childstats_db}\`.* TO 'childstats_reader'@'%';
SQL

unset childstats_admin_password childstats_reader_password childstats_db
unset -f childstats_secret
