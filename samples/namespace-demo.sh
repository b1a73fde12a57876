#!/usr/bin/env bash
# Shows the exhaustion on this machine without touching its ports: in a fresh user and network
# namespace with 50 ephemeral ports and 3 loopback upstreams, the sample client counts how many
# connections it holds open when it binds before connecting, then with IP_BIND_ADDRESS_NO_PORT.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build samples/Client -v:q -nologo -clp:NoSummary > /dev/null
unshare --user --map-root-user --net sh -c '
  ip link set lo up
  echo "40000 40049" > /proc/sys/net/ipv4/ip_local_port_range
  exec dotnet samples/Client/bin/Debug/net10.0/BindNoPort.Samples.Client.dll capacity 127.0.0.1 127.0.1.1:7000 127.0.1.2:7000 127.0.1.3:7000
'
