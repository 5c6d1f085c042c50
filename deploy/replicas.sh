#!/usr/bin/env bash
# Start N replicas of the app on 127.0.0.1:8501 … 8500+N behind deploy/nginx-site.conf, sharing one
# runs folder (runs, checkpoints and the progress database) and one cookie secret.
#
#   DLC_RUNS_DIR=/srv/dlc/runs deploy/replicas.sh 2        # then: systemctl reload nginx
#
# Every replica must see the same DLC_RUNS_DIR on a local disk (SQLite and the runs folder's file lock
# need working POSIX locks: not NFS). Stop them with: pkill -f "streamlit run Home.py"
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-2}"
export DLC_RUNS_DIR="${DLC_RUNS_DIR:-$PWD/runs}"
mkdir -p "$DLC_RUNS_DIR" logs
secret_file="$DLC_RUNS_DIR/.cookie-secret"  # the same on every replica: st.login's and Streamlit's cookies
[ -s "$secret_file" ] || (umask 077 && python -c "import secrets; print(secrets.token_hex(32))" > "$secret_file")
for i in $(seq 1 "$n"); do
    port=$((8500 + i))
    STREAMLIT_SERVER_COOKIE_SECRET="$(cat "$secret_file")" nohup python -m streamlit run Home.py \
        --server.headless true --server.address 127.0.0.1 --server.port "$port" > "logs/replica-$port.log" 2>&1 &
    echo "replica $i: http://127.0.0.1:$port (pid $!, log logs/replica-$port.log)"
done
