// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.service.util;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Properties;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;

/** Base of an app's activator: looks services up and registers the app's own, unregistering them on stop. */
public abstract class AbstractCyActivator implements BundleActivator {

    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    public AbstractCyActivator() {
    }

    /** Called by {@link #stop} before the app's services are unregistered. */
    public void shutDown() {
    }

    @Override
    public final void stop(BundleContext bc) {
        shutDown();
        synchronized (registrations) {
            for (ServiceRegistration<?> r : registrations) {
                try {
                    r.unregister();
                } catch (IllegalStateException alreadyGone) {
                    // the framework unregisters a stopping bundle's services itself
                }
            }
            registrations.clear();
        }
    }

    protected final <S> S getService(BundleContext bc, Class<S> serviceClass) {
        return getService(bc, serviceClass, null);
    }

    /**
     * The first service of that type matching {@code filter} (null: any) registered now; it does not wait for one.
     *
     * @throws RuntimeException "Couldn't find service: <type> with filter: <filter>" when none is registered
     */
    protected final <S> S getService(BundleContext bc, Class<S> serviceClass, String filter) {
        try {
            ServiceReference<?>[] refs = bc.getServiceReferences(serviceClass.getName(), filter);
            if (refs == null) {
                throw new NullPointerException("ServiceReference is null for: " + serviceClass.getName()
                        + " with filter: " + filter);
            }
            return serviceClass.cast(bc.getService(refs[0]));
        } catch (Exception e) {
            throw new RuntimeException("Couldn't find service: " + serviceClass.getName() + " with filter: " + filter, e);
        }
    }

    protected final void registerService(BundleContext bc, Object service, Class<?> serviceClass, Properties props) {
        Dictionary<String, Object> dictionary = new Hashtable<>();
        props.forEach((k, v) -> dictionary.put(k.toString(), v));
        synchronized (registrations) {
            registrations.add(bc.registerService(serviceClass.getName(), service, dictionary));
        }
    }

    protected final void registerService(BundleContext bc, Object service, Class<?> serviceClass) {
        registerService(bc, service, serviceClass, new Properties());
    }

    protected final void registerAllServices(BundleContext bc, Object service, Properties props) {
        for (Class<?> c = service.getClass(); c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                registerService(bc, service, i, props);
            }
        }
    }
}
