// Ports of the two-instance test: nginx, then one per instance.
export const lbPort = Number(process.env.E2E_CLUSTER_PORT ?? 3140);
export const instancePorts = [lbPort + 1, lbPort + 2];
export const clusterOrigin = `http://127.0.0.1:${lbPort}`;
// The header nginx routes on (scripts/app-cluster.mjs): "0" or "1" pins a
// request to that instance.
export const pinHeader = "x-kravlots-instance";
