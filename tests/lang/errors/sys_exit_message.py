# sys.exit("message"): the message goes to stderr and the exit status is 1.
import sys
print("something went wrong")
sys.exit("fatal: configuration file is invalid")
