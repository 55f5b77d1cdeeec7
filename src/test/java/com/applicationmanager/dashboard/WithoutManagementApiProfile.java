package com.applicationmanager.dashboard;

import java.util.HashMap;
import java.util.Map;

import com.applicationmanager.admin.testing.OpsTestProfile;

/**
 * The operations profile with the management API pointed at a closed port: the broker as it is without the
 * rabbitmq_management plugin, while the machine's plugin stays enabled for everybody else.
 */
public class WithoutManagementApiProfile extends OpsTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(super.getConfigOverrides());
        config.put("app.monitoring.management-url", "http://127.0.0.1:1");
        return config;
    }
}
