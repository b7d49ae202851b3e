"""A plugin object passed to a Session directly, without packaging or an entry point."""

import docdelta
from docdelta import Check, Finding, hookimpl


class HouseStyle:
    docdelta_name = "house-style"  # the plugin's name (default: the class or module name)

    @hookimpl
    def docdelta_register_checks(self, register):
        register(Check("house-style", self.check, "Our style guide."))

    def check(self, comparison):
        if "per cent" in comparison.new.text:
            yield Finding(check="house-style", kind="style", severity="low", message="write % for per cent")


session = docdelta.Session(["news", "text"], extra_plugins=[HouseStyle()])
report = session.compare("Prices rose 5%.", "Prices rose 6 per cent.")
print([finding.message for finding in report.findings])
