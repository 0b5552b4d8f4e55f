#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: "start DIR" makes a new one in DIR (initdb) and
# starts it; "stop DIR" stops it and removes it. No system service is used or assumed.
#
# The server listens on a Unix socket in a folder only its owner can use, where the superuser
# "postgres" connects without a password, and on 127.0.0.1 (a free port) with SCRAM passwords
# for the tests of wrong passwords. PostgreSQL refuses to run as root: when the caller is root,
# the cluster belongs to the unprivileged user "nobody" (root can still reach the socket).
# DIR/port holds the port; DIR/socket the socket folder.
#
# "start DIR --tls" also makes a throwaway certificate authority (DIR/tls/ca.crt) and a server
# certificate it signed for the name "localhost" only, and serves TLS with it;
# DIR/tls/other-ca.crt is an authority that signed nothing here.
set -euo pipefail

usage="usage: postgres-cluster.sh start|stop DIR [--tls]"
action=${1:?$usage}
dir=$(realpath -m "${2:?$usage}")
tls=${3:-}

bindir=/usr/lib/postgresql/15/bin
if [[ ! -x $bindir/initdb ]]; then
    bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
fi
if [[ ! -x ${bindir:-}/initdb ]]; then
    echo "PostgreSQL's server programs are missing: install Debian's postgresql-15" >&2
    exit 1
fi

as_owner=()
if [[ $(id -u) == 0 ]]; then
    as_owner=(setpriv --reuid=nobody --regid=nogroup --clear-groups --)
fi

stop() {
    if [[ -f $dir/data/postmaster.pid ]]; then
        "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir/data" "$dir/socket" "$dir/port" "$dir/server.log" "$dir/tls"
}

# An authority and a server certificate for "localhost", valid for two days.
make_certificates() {
    local t=$dir/tls
    mkdir -m 0755 "$t"
    (
        cd "$t"
        openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=PartnerDesk test authority" \
            -keyout ca.key -out ca.crt
        openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Another authority" \
            -keyout other-ca.key -out other-ca.crt
        openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout server.key -out server.csr
        printf 'subjectAltName=DNS:localhost\n' >server.ext
        openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 \
            -extfile server.ext -out server.crt
        chmod 0600 ca.key other-ca.key server.key
    ) >"$t/openssl.log" 2>&1 || {
        cat "$t/openssl.log" >&2
        exit 1
    }
    if ((${#as_owner[@]})); then
        chown nobody:nogroup "$t/server.key" "$t/server.crt"
    fi
}

case $action in
stop)
    stop
    ;;
start)
    stop
    mkdir -p "$dir"
    mkdir -m 0700 "$dir/data" "$dir/socket"
    if ((${#as_owner[@]})); then
        chown nobody:nogroup "$dir/data" "$dir/socket"
        # The cluster's owner must reach its folders through the build tree.
        if ! "${as_owner[@]}" test -w "$dir/data"; then
            echo "nobody can't reach $dir: build in a folder others may enter (e.g. under /tmp or /work)" >&2
            exit 1
        fi
    fi
    server_options=""
    if [[ $tls == --tls ]]; then
        make_certificates
        server_options="-c ssl=on -c ssl_cert_file=$dir/tls/server.crt -c ssl_key_file=$dir/tls/server.key"
    elif [[ -n $tls ]]; then
        echo "$usage" >&2
        exit 2
    fi
    "${as_owner[@]}" "$bindir/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
        --encoding=UTF8 --locale=C --no-instructions >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        exit 1
    }
    for attempt in 1 2 3 4 5 6 7 8; do
        port=$((20000 + (RANDOM % 20000)))
        if "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/data/server.log" -w -t 30 \
            -o "-p $port -k $dir/socket -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 $server_options" \
            start >/dev/null; then
            echo "$port" >"$dir/port"
            echo "PostgreSQL test cluster on port $port, socket folder $dir/socket"
            exit 0
        fi
        "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    done
    cat "$dir/data/server.log" >&2 || true
    exit 1
    ;;
*)
    echo "$usage" >&2
    exit 2
    ;;
esac
