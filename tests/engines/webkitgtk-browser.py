#!/usr/bin/python3
# The browser WebKitWebDriver starts for the WebKitGTK engine tests: a bare window on Debian's WebKitGTK.
# Classic WebDriver cannot run a script before the page's own, so this browser adds a document-start
# user script that reports console errors, uncaught errors and failed loads, and prints each report as
# one "ENGINE-ERROR<TAB>page<TAB>what" line on stdout, which the runner reads from the driver's stdout.
# Usage (by the driver): webkitgtk-browser.py [--dark-mode] --automation
import sys

import gi

gi.require_version('Gtk', '3.0')
gi.require_version('WebKit2', '4.1')
from gi.repository import Gtk, WebKit2  # noqa: E402

REPORTER = r'''
(() => {
  const post = (kind, text) => { try { webkit.messageHandlers.engineError.postMessage(kind + ': ' + text); } catch (e) {} };
  const error = console.error;
  console.error = function (...args) { post('console', args.map(String).join(' ')); return error.apply(this, args); };
  addEventListener('error', (e) => {
    const t = e.target;
    if (t && t !== window && (t.src || t.href)) post('failed load', t.src || t.href);
    else post('uncaught', `${e.message} (${e.filename}:${e.lineno})`);
  }, true);
  addEventListener('unhandledrejection', (e) => post('unhandled rejection', String((e.reason && e.reason.stack) || e.reason)));
  addEventListener('securitypolicyviolation', (e) => post('CSP', `${e.violatedDirective} blocked ${e.blockedURI}`));
})();
'''

dark = '--dark-mode' in sys.argv
if dark:
    # WebKitGTK maps GTK's dark preference to prefers-color-scheme: dark.
    Gtk.Settings.get_default().set_property('gtk-application-prefer-dark-theme', True)

context = WebKit2.WebContext.get_default()
context.set_automation_allowed(True)
windows = []


def report(view, what):
    print(f'ENGINE-ERROR\t{view.get_uri()}\t{what}', flush=True)


def on_message(_manager, result, view):
    value = result.get_js_value() if hasattr(result, 'get_js_value') else result
    report(view, value.to_string())


def on_resource(view, resource, _request):
    # Native load failures and HTTP errors, which no page script sees (a 404 stylesheet, a fetch).
    def finished(res):
        response = res.get_response()
        if response is not None and response.get_status_code() >= 400:
            report(view, f'HTTP {response.get_status_code()}: {res.get_uri()}')

    def failed(res, error):
        # A load cancelled because the page moved on is not a failure of the site.
        if not error.matches(WebKit2.NetworkError.quark(), WebKit2.NetworkError.CANCELLED):
            report(view, f'request failed: {res.get_uri()} ({error.message})')

    resource.connect('finished', finished)
    resource.connect('failed', failed)


def create_view(_session):
    manager = WebKit2.UserContentManager()
    manager.add_script(WebKit2.UserScript(REPORTER, WebKit2.UserContentInjectedFrames.ALL_FRAMES,
                                          WebKit2.UserScriptInjectionTime.START, None, None))
    view = WebKit2.WebView(web_context=context, user_content_manager=manager, is_controlled_by_automation=True)
    manager.connect('script-message-received::engineError', on_message, view)
    manager.register_script_message_handler('engineError')
    try:
        view.connect('resource-load-started', on_resource)
    except TypeError:
        pass
    window = Gtk.Window()
    window.set_default_size(1024, 768)
    window.add(view)
    window.show_all()
    windows.append(window)
    return view


def on_automation_started(_context, session):
    info = WebKit2.ApplicationInfo()
    info.set_name('engine-browser')
    info.set_version(1, 0, 0)
    session.set_application_info(info)
    session.connect('create-web-view', create_view)


context.connect('automation-started', on_automation_started)
Gtk.main()
