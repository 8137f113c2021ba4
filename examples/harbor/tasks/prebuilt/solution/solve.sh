#!/bin/bash
mkdir -p /srv && echo 42 > /srv/answer.txt
